package cn.csp.portal.web.account;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.LegalBusinessProfile;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OrganizationProfile;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.partner.SupportProfile;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@IntegrationTest
@AutoConfigureMockMvc
class ProfilesIT {

  private static final Actor SYSTEM = Actor.system("test");

  private static final Address NEW_ADDRESS =
      new Address("88 Jianguo Road", "Tower B, 12F", "Beijing", "Beijing", "100022", "CN");
  private static final Contact NEW_CONTACT =
      new Contact("Mei", "Han", "han.mei@example.cn", "138 0013 8000");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired JdbcClient jdbc;

  private UUID partnerId;

  @BeforeEach
  void partner() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
  }

  @Test
  void theOverviewLinksTheFiveProfiles() throws Exception {
    String page = html(get("/account/profiles"), signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN));

    assertThat(page)
        .contains(
            "href=\"/account/profiles/legal\"",
            "href=\"/account/profiles/billing\"",
            "href=\"/account/profiles/organization\"",
            "href=\"/account/profiles/support\"",
            "href=\"/account/profiles/mpn\"");
  }

  @Test
  void aGlobalAdminUpdatesTheLegalProfile() throws Exception {
    MockHttpSession admin = signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    String before = profiles().legal().companyName();
    assertThat(html(get("/account/profiles/legal"), admin))
        .contains(before, "id=\"update-profile\"");
    assertThat(html(get("/account/profiles/legal/edit"), admin)).contains(before);

    LegalBusinessProfile changed =
        new LegalBusinessProfile("Changed Legal Name Co.", NEW_ADDRESS, NEW_CONTACT, NEW_CONTACT);
    submitted("legal", admin, legalForm(changed));

    assertThat(profiles().legal()).isEqualTo(changed);
    assertAudited("legal", before, "Changed Legal Name Co.");
  }

  @Test
  void aGlobalAdminUpdatesTheBillingProfile() throws Exception {
    MockHttpSession admin = signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    BillingProfile changed =
        new BillingProfile("Billing Entity Ltd.", NEW_ADDRESS, NEW_CONTACT, "PO-2024-7", null);

    submitted("billing", admin, billingForm(changed));

    assertThat(profiles().billing()).isEqualTo(changed);
    assertAudited("billing", "91110000TEST", "PO-2024-7");
  }

  @Test
  void aGlobalAdminUpdatesTheOrganizationProfileButNotItsTenantOrDomain() throws Exception {
    MockHttpSession admin = signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    OrganizationProfile before = profiles().organization();
    assertThat(html(get("/account/profiles/organization/edit"), admin))
        .contains(before.tenantId().toString(), before.domain());

    MultiValueMap<String, String> form =
        params(
            Map.of(
                "companyName", "Org Renamed Ltd.",
                "email", "it@renamed.example.cn",
                "language", "en",
                "culture", "en-US",
                // not fields of the form: ignored
                "tenantId", UUID.randomUUID().toString(),
                "domain", "hijacked.partner.onmschina.cn"));
    submitted("organization", admin, form);

    assertThat(profiles().organization())
        .isEqualTo(
            new OrganizationProfile(
                "Org Renamed Ltd.",
                before.tenantId(),
                before.domain(),
                "it@renamed.example.cn",
                "en",
                "en-US"));
    assertAudited("organization", before.email(), "it@renamed.example.cn");
  }

  @Test
  void aGlobalAdminUpdatesTheSupportProfile() throws Exception {
    MockHttpSession admin = signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    SupportProfile changed =
        new SupportProfile("https://help.example.cn/csp", "help@example.cn", "010-5555-0199");

    submitted("support", admin, supportForm(changed));

    assertThat(profiles().support()).isEqualTo(changed);
    assertAudited("support", "https://support.example.cn", "https://help.example.cn/csp");
  }

  @Test
  void theMpnProfileIsReadOnlyAndSaysHowToChangeIt() throws Exception {
    MockHttpSession admin = signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    String mpnId = partners.findOverview(partnerId).orElseThrow().mpnId();

    String page = html(get("/account/profiles/mpn").param("lang", "en"), admin);

    assertThat(page)
        .contains(mpnId, "id=\"mpn-change\"", "submit a Partner Center support request");
    assertThat(page).doesNotContain("id=\"update-profile\"");
    mvc.perform(get("/account/profiles/mpn/edit").session(admin)).andExpect(status().isNotFound());
  }

  @Test
  void aBillingAdminEditsOnlyTheBillingProfile() throws Exception {
    MockHttpSession billingAdmin = signIn(AgentRole.NONE, AdminRole.BILLING_ADMIN);
    PartnerProfiles before = profiles();

    assertThat(html(get("/account/profiles/billing"), billingAdmin))
        .contains("id=\"update-profile\"");
    assertThat(html(get("/account/profiles/legal"), billingAdmin))
        .doesNotContain("id=\"update-profile\"");
    // the 403 page names the missing permission
    mvc.perform(get("/account/profiles/legal/edit").session(billingAdmin))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("编辑合作伙伴资料")));
    LegalBusinessProfile attempted =
        new LegalBusinessProfile("Not Allowed Co.", NEW_ADDRESS, NEW_CONTACT, NEW_CONTACT);
    mvc.perform(
            post("/account/profiles/legal/edit")
                .params(legalForm(attempted))
                .with(csrf())
                .session(billingAdmin))
        .andExpect(status().isForbidden());
    assertThat(profiles().legal()).isEqualTo(before.legal());

    BillingProfile changed =
        new BillingProfile(
            before.billing().companyName(), NEW_ADDRESS, NEW_CONTACT, null, "91110000NEW");
    submitted("billing", billingAdmin, billingForm(changed));
    assertThat(profiles().billing()).isEqualTo(changed);
  }

  @Test
  void aUserManagementAdminViewsButDoesNotEdit() throws Exception {
    MockHttpSession userAdmin = signIn(AgentRole.NONE, AdminRole.USER_MANAGEMENT_ADMIN);
    PartnerProfiles before = profiles();

    for (String profile : List.of("legal", "billing", "organization", "support", "mpn")) {
      assertThat(html(get("/account/profiles/" + profile), userAdmin))
          .doesNotContain("id=\"update-profile\"");
    }
    for (String profile : List.of("legal", "billing", "organization", "support")) {
      mvc.perform(get("/account/profiles/" + profile + "/edit").session(userAdmin))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/account/profiles/support/edit")
                .params(supportForm(new SupportProfile("https://x.example.cn", "x@x.cn", null)))
                .with(csrf())
                .session(userAdmin))
        .andExpect(status().isForbidden());
    assertThat(profiles()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HELPDESK_AGENT", "SALES_AGENT"})
  void agentsWithoutProfileAccessAreRefused(AgentRole agent) throws Exception {
    MockHttpSession session = signIn(agent, AdminRole.NO_ADMIN);

    for (String path : List.of("/account/profiles", "/account/profiles/legal")) {
      mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
    }
  }

  static Stream<Arguments> badLegalInput() {
    // form field, bad value, the field whose error shows
    return Stream.of(
        Arguments.of("companyName", "", "companyName"),
        Arguments.of("companyName", "x".repeat(201), "companyName"),
        Arguments.of("address.addressLine1", "   ", "address.addressLine1"),
        Arguments.of("address.postalCode", "12345", "address.postalCode"),
        Arguments.of("address.country", "cn", "address.country"),
        Arguments.of("primaryContact.phoneNumber", "12345", "primaryContact.phoneNumber"),
        Arguments.of("primaryContact.email", "not-an-email", "primaryContact.email"),
        Arguments.of("approvalContact.lastName", "", "approvalContact.lastName"),
        Arguments.of("approvalContact.firstName", "名".repeat(51), "approvalContact.firstName"),
        // a value for a group of fields cannot be bound: refused, nothing saved
        Arguments.of("address", "anything", null));
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @MethodSource("badLegalInput")
  void badInputShowsTheFieldErrorAndSavesNothing(String field, String value, String errorField)
      throws Exception {
    MockHttpSession admin = signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    PartnerProfiles before = profiles();
    LegalBusinessProfile valid =
        new LegalBusinessProfile("Valid Name Co.", NEW_ADDRESS, NEW_CONTACT, NEW_CONTACT);
    MultiValueMap<String, String> form = legalForm(valid);
    form.set(field, value);

    String page =
        mvc.perform(post("/account/profiles/legal/edit").params(form).with(csrf()).session(admin))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("id=\"profile-form\"");
    if (errorField != null) {
      assertThat(page).contains("id=\"" + errorField + "-error\"");
    }
    assertThat(profiles()).isEqualTo(before);
    assertThat(auditedChanges()).isZero();
  }

  @Test
  void badInputOnTheOtherFormsIsRefusedToo() throws Exception {
    MockHttpSession admin = signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    PartnerProfiles before = profiles();

    MultiValueMap<String, String> billing =
        billingForm(new BillingProfile("Co", NEW_ADDRESS, NEW_CONTACT, "x".repeat(51), null));
    billing.set("invoiceRecipient.email", "");
    assertThat(refused("billing", admin, billing))
        .contains("id=\"purchaseOrderNumber-error\"", "id=\"invoiceRecipient.email-error\"");

    MultiValueMap<String, String> organization =
        params(Map.of("companyName", "Co", "email", "nope", "language", "", "culture", "zh-CN"));
    assertThat(refused("organization", admin, organization))
        .contains("id=\"email-error\"", "id=\"language-error\"");

    MultiValueMap<String, String> support =
        supportForm(new SupportProfile("ftp://example.cn", "help@example.cn", "555"));
    assertThat(refused("support", admin, support))
        .contains("id=\"website-error\"", "id=\"phone-error\"");

    assertThat(profiles()).isEqualTo(before);
    assertThat(auditedChanges()).isZero();
  }

  @Test
  void fieldErrorsAreInTheUsersLanguage() throws Exception {
    MockHttpSession admin = signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    MultiValueMap<String, String> form =
        legalForm(new LegalBusinessProfile("", NEW_ADDRESS, NEW_CONTACT, NEW_CONTACT));
    form.set("address.postalCode", "12345");

    assertThat(refused("legal", admin, form)).contains("此项为必填项。", "中国的邮政编码为 6 位数字。");

    mvc.perform(get("/account/profiles").param("lang", "en").session(admin));
    assertThat(refused("legal", admin, form))
        .contains("This field is required.", "A postal code in China has 6 digits.");
  }

  @Test
  void theSavedMessageIsTranslated() throws Exception {
    MockHttpSession admin = signIn(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    MvcResult saved =
        mvc.perform(
                post("/account/profiles/support/edit")
                    .params(supportForm(profiles().support()))
                    .with(csrf())
                    .session(admin))
            .andExpect(redirectedUrl("/account/profiles/support"))
            .andReturn();

    assertThat(html(get("/account/profiles/support").flashAttrs(saved.getFlashMap()), admin))
        .contains("id=\"profile-saved\"", "已保存您的更改。");
    assertThat(
            html(
                get("/account/profiles/support")
                    .param("lang", "ru")
                    .flashAttrs(saved.getFlashMap()),
                admin))
        .contains("Изменения сохранены.");
    assertThat(html(get("/account/profiles/support"), admin))
        .doesNotContain("id=\"profile-saved\"");
  }

  // --- helpers

  private MockHttpSession signIn(AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    MvcResult result =
        mvc.perform(formLogin("/login").user(user.email()).password(PASSWORD))
            .andExpect(redirectedUrl("/dashboard"))
            .andReturn();
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  private String html(MockHttpServletRequestBuilder request, MockHttpSession session)
      throws Exception {
    return mvc.perform(request.session(session))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** Posts a valid edit form: back to the profile page with the confirmation. */
  private void submitted(
      String profile, MockHttpSession session, MultiValueMap<String, String> form)
      throws Exception {
    mvc.perform(
            post("/account/profiles/" + profile + "/edit")
                .params(form)
                .with(csrf())
                .session(session))
        .andExpect(redirectedUrl("/account/profiles/" + profile))
        .andExpect(flash().attribute(ProfilesController.SAVED, true));
  }

  /** Posts an invalid edit form: the form comes back with its errors. */
  private String refused(
      String profile, MockHttpSession session, MultiValueMap<String, String> form)
      throws Exception {
    return html(post("/account/profiles/" + profile + "/edit").params(form).with(csrf()), session);
  }

  private PartnerProfiles profiles() {
    return partners.findProfiles(partnerId).orElseThrow();
  }

  private void assertAudited(String profile, String beforeContains, String afterContains) {
    Map<String, Object> entry =
        jdbc.sql(
                """
                select details->>'before' as before, details->>'after' as after
                  from audit_log
                 where action = 'partner.profile.updated' and partner_id = :partner
                   and target_id = :profile
                """)
            .param("partner", partnerId)
            .param("profile", profile)
            .query()
            .singleRow();
    assertThat((String) entry.get("before")).contains(beforeContains);
    assertThat((String) entry.get("after")).contains(afterContains);
  }

  private long auditedChanges() {
    return jdbc.sql(
            "select count(*) from audit_log where action = 'partner.profile.updated'"
                + " and partner_id = :partner")
        .param("partner", partnerId)
        .query(Long.class)
        .single();
  }

  private static MultiValueMap<String, String> legalForm(LegalBusinessProfile profile) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    put(form, "companyName", profile.companyName());
    addAddress(form, profile.address());
    addContact(form, "primaryContact", profile.primaryContact());
    addContact(form, "approvalContact", profile.approvalContact());
    return form;
  }

  private static MultiValueMap<String, String> billingForm(BillingProfile profile) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    put(form, "companyName", profile.companyName());
    addAddress(form, profile.address());
    addContact(form, "invoiceRecipient", profile.invoiceRecipient());
    put(form, "purchaseOrderNumber", profile.purchaseOrderNumber());
    put(form, "taxId", profile.taxId());
    return form;
  }

  private static MultiValueMap<String, String> supportForm(SupportProfile profile) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    put(form, "website", profile.website());
    put(form, "email", profile.email());
    put(form, "phone", profile.phone());
    return form;
  }

  private static void addAddress(MultiValueMap<String, String> form, Address address) {
    put(form, "address.addressLine1", address.addressLine1());
    put(form, "address.addressLine2", address.addressLine2());
    put(form, "address.city", address.city());
    put(form, "address.state", address.state());
    put(form, "address.postalCode", address.postalCode());
    put(form, "address.country", address.country());
  }

  private static void addContact(MultiValueMap<String, String> form, String prefix, Contact c) {
    put(form, prefix + ".firstName", c.firstName());
    put(form, prefix + ".lastName", c.lastName());
    put(form, prefix + ".email", c.email());
    put(form, prefix + ".phoneNumber", c.phoneNumber());
  }

  private static MultiValueMap<String, String> params(Map<String, String> values) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    values.forEach(form::add);
    return form;
  }

  /** An optional value left out is posted as an empty field, as a browser does. */
  private static void put(MultiValueMap<String, String> form, String name, String value) {
    form.add(name, value == null ? "" : value);
  }
}
