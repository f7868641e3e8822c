package cn.csp.portal.web.customers;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.CustomerFixtures.uniquePrefix;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerDomains;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The customer pages (spec 2.16-2.19, 2.29) against the real database, as partners use them. */
@IntegrationTest
@AutoConfigureMockMvc
class CustomerPagesIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "op@21vianet.example");
  private static final Pattern CUSTOMER_ROW =
      Pattern.compile("data-customer-id=\"([0-9a-f-]{36})\"");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerStanding standing;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerRelationships relationships;

  private UUID partnerId;

  @BeforeEach
  void partner() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
  }

  @Test
  void theWizardCreatesACustomerAndShowsTheTemporaryPasswordOnce() throws Exception {
    MockHttpSession session = signIn(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    String prefix = uniquePrefix();

    assertThat(html(get("/customers/new"), session))
        .contains(
            "id=\"domain-suffix\"",
            CustomerDomains.SUFFIX,
            "hx-get=\"/customers/domain-availability\"");
    // a step cannot be skipped
    mvc.perform(get("/customers/new/review").session(session))
        .andExpect(redirectedUrl("/customers/new"));

    mvc.perform(step1(session, accountInfo("Wrong Name Ltd", prefix)))
        .andExpect(redirectedUrl("/customers/new/subscriptions"));
    // an admin agent may order subscriptions with the customer: one line per offer
    assertThat(html(get("/customers/new/subscriptions"), session))
        .contains("id=\"wizard-offers\"", "Office 365 Enterprise E3");
    mvc.perform(get("/customers/new/review").session(session))
        .andExpect(redirectedUrl("/customers/new/subscriptions"));
    mvc.perform(post("/customers/new/subscriptions").session(session).with(csrf()))
        .andExpect(redirectedUrl("/customers/new/review"));
    assertThat(html(get("/customers/new/review"), session))
        .contains("Wrong Name Ltd", prefix + CustomerDomains.SUFFIX, "billing@" + prefix);

    // "Update": back to step 1 with everything kept
    assertThat(html(get("/customers/new"), session))
        .contains(
            "value=\"Wrong Name Ltd\"", "value=\"" + prefix + "\"", "value=\"Zhongguancun 1\"");
    mvc.perform(step1(session, accountInfo("北京云途科技有限公司", prefix)))
        .andExpect(redirectedUrl("/customers/new/subscriptions"));
    mvc.perform(post("/customers/new/subscriptions").session(session).with(csrf()))
        .andExpect(redirectedUrl("/customers/new/review"));
    assertThat(html(get("/customers/new/review"), session)).contains("北京云途科技有限公司");

    MvcResult submitted =
        mvc.perform(post("/customers/new/submit").session(session).with(csrf()))
            .andExpect(redirectedUrl("/customers/new/created"))
            .andReturn();
    CreatedCustomer created = (CreatedCustomer) submitted.getFlashMap().get("created");
    assertThat(created.adminSignInName()).isEqualTo("admin@" + prefix + CustomerDomains.SUFFIX);

    // the session carries the flash to the confirmation, as in a browser
    String confirmation =
        mvc.perform(get("/customers/new/created").session(session))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "no-store"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(confirmation)
        .contains(
            "id=\"admin-sign-in-name\">" + created.adminSignInName(),
            "id=\"admin-temporary-password\">" + created.temporaryPassword(),
            "北京云途科技有限公司");
    // shown once: the same page again no longer has it
    assertThat(html(get("/customers/new/created"), session))
        .doesNotContain(created.temporaryPassword())
        .contains("id=\"no-longer-shown\"");
    // the wizard is cleared on submit
    mvc.perform(get("/customers/new/review").session(session))
        .andExpect(redirectedUrl("/customers/new"));
    assertThat(html(get("/customers/new"), session)).doesNotContain(prefix);

    String list = html(get("/customers"), session);
    assertThat(list)
        .contains(
            "data-customer-id=\"" + created.customerId() + "\"",
            "href=\"/customers/" + created.customerId() + "\"",
            prefix + CustomerDomains.SUFFIX,
            "已授予委派管理权限")
        .doesNotContain("class=\"badge text-bg-warning no-dap\"");
    CustomerAccount account = customers.find(partnerId, created.customerId()).orElseThrow();
    assertThat(account.companyName()).isEqualTo("北京云途科技有限公司");
    assertThat(account.delegatedAdmin()).isTrue();
    assertThat(account.billing().culture()).isEqualTo("en-US");
  }

  @Test
  void aDomainTakenBeforeSubmitComesBackAsAFieldErrorAndNothingIsCreated() throws Exception {
    MockHttpSession session = signIn(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    String prefix = uniquePrefix();
    mvc.perform(step1(session, accountInfo("Late Comer Ltd", prefix)))
        .andExpect(redirectedUrl("/customers/new/subscriptions"));
    mvc.perform(post("/customers/new/subscriptions").session(session).with(csrf()));
    // someone else takes the domain meanwhile
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    customers.createCustomer(otherPartner, aCustomer("Early Bird Ltd", prefix), SYSTEM);

    String page =
        mvc.perform(post("/customers/new/submit").session(session).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("id=\"domainPrefix-error\"", "域名 " + prefix + CustomerDomains.SUFFIX + " 已被使用")
        .contains("value=\"Late Comer Ltd\"");
    assertThat(customers.countCustomersOf(partnerId)).isZero();

    // and step 1 itself refuses a taken domain
    assertThat(
            mvc.perform(step1(session, accountInfo("Late Comer Ltd", prefix)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"domainPrefix-error\"");
  }

  @Test
  void invalidInputComesBackWithFieldErrorsAndNothingIsCreated() throws Exception {
    MockHttpSession session = signIn(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);

    Map<String, String> badDomain = accountInfo("Bad Domain Ltd", "bad-domain!");
    assertThat(html(step1(session, badDomain), session))
        .contains("id=\"domainPrefix-error\"", "初始域名只能包含字母和数字");

    Map<String, String> missing = accountInfo("Missing Ltd", uniquePrefix());
    missing.remove("companyName");
    missing.remove("billing.email");
    missing.remove("primaryContact.lastName");
    assertThat(html(step1(session, missing), session))
        .contains(
            "id=\"companyName-error\"",
            "id=\"billing.email-error\"",
            "id=\"primaryContact.lastName-error\"");

    Map<String, String> overlong = accountInfo("X".repeat(201), uniquePrefix());
    overlong.put("billing.firstName", "Y".repeat(51));
    assertThat(html(step1(session, overlong), session))
        .contains("id=\"companyName-error\"", "id=\"billing.firstName-error\"", "不能超过 200 个字符");

    mvc.perform(post("/customers/new/submit").session(session).with(csrf()))
        .andExpect(redirectedUrl("/customers/new"));
    assertThat(customers.countCustomersOf(partnerId)).isZero();
  }

  @Test
  void theDomainCheckSaysAvailableTakenOrInvalid() throws Exception {
    MockHttpSession session = signIn(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    String taken = uniquePrefix();
    customers.createCustomer(partnerId, aCustomer("Taken Ltd", taken), SYSTEM);

    assertThat(availability(session, uniquePrefix())).contains("id=\"domain-available\"");
    assertThat(availability(session, taken.toUpperCase()))
        .contains("id=\"domain-taken\"", taken + CustomerDomains.SUFFIX);
    assertThat(availability(session, "a!")).contains("id=\"domain-invalid\"");
    assertThat(availability(session, "")).contains("id=\"domain-invalid\"");
    assertThat(availability(session, "x")).doesNotContain("<html");
  }

  @Test
  void theListIsSearchedSortedAndPagedOnTheServer() throws Exception {
    List<UUID> alphas = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      alphas.add(
          customers
              .createCustomer(partnerId, aCustomer(String.format("Alpha %02d Ltd", i)), SYSTEM)
              .customerId());
    }
    String beijingPrefix = "bjyun" + uniquePrefix();
    UUID beijing =
        customers
            .createCustomer(partnerId, aCustomer("北京云端科技有限公司", beijingPrefix), SYSTEM)
            .customerId();
    MockHttpSession session = signIn(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);

    // paging: 20 a page, in company name order
    List<UUID> firstPage = rows(html(get("/customers"), session));
    assertThat(firstPage).hasSize(20).isEqualTo(alphas.subList(0, 20));
    List<UUID> secondPage = rows(html(get("/customers").param("page", "1"), session));
    assertThat(secondPage).containsExactly(alphas.get(20), alphas.get(21), beijing);
    // a crafted size does not change the page size
    assertThat(rows(html(get("/customers").param("size", "1000"), session))).hasSize(20);

    // search: contains, any case, Chinese, or the domain
    assertThat(rows(html(get("/customers").param("q", "云端"), session))).containsExactly(beijing);
    assertThat(rows(html(get("/customers").param("q", "alpha 0"), session))).hasSize(10);
    assertThat(rows(html(get("/customers").param("q", beijingPrefix.toUpperCase()), session)))
        .containsExactly(beijing);
    assertThat(html(get("/customers").param("q", "nothing-like-this"), session))
        .contains("id=\"no-customers\"");

    // sort: whitelisted; an unknown value falls back to company name
    assertThat(rows(html(get("/customers").param("sort", "relationshipSince"), session)).get(0))
        .isEqualTo(beijing);
    assertThat(rows(html(get("/customers").param("sort", "domain"), session))).hasSize(20);
    assertThat(rows(html(get("/customers").param("sort", "lower(domain); drop"), session)))
        .isEqualTo(firstPage);

    // the live search gets the results only, the same URL without htmx the whole page
    String results = html(get("/customers").param("q", "云端").header("HX-Request", "true"), session);
    assertThat(results).startsWith("<div id=\"customer-results\"").doesNotContain("<html");
  }

  @Test
  void aRowExpandsToItsSubscriptionsAndACustomerWithoutDelegatedAdminSaysSo() throws Exception {
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("Expand Ltd"), SYSTEM).customerId();
    relationships.revokeDelegatedAdmin(customerId, partnerId, Actor.system("customer admin"));
    MockHttpSession session = signIn(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);

    assertThat(html(get("/customers"), session))
        .contains(
            "hx-get=\"/customers/" + customerId + "/subscriptions\"",
            "<span class=\"badge text-bg-warning no-dap\">无委派管理权限</span>")
        .doesNotContain("dap-granted");
    String fragment =
        html(
            get("/customers/{id}/subscriptions", customerId).header("HX-Request", "true"), session);
    assertThat(fragment)
        .contains("class=\"mb-0 text-body-secondary no-subscriptions\"")
        .doesNotContain("<html");
    mvc.perform(
            get("/customers/{id}/subscriptions", UUID.randomUUID())
                .header("HX-Request", "true")
                .session(session))
        .andExpect(status().isNotFound());
    mvc.perform(get("/customers/no-such-customer").session(session))
        .andExpect(status().isNotFound());
  }

  @Test
  void helpDeskAgentsEditCompanyDetailsButNotTheBillingProfile() throws Exception {
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("Help Desk Ltd"), SYSTEM).customerId();
    CustomerAccount before = customers.find(partnerId, customerId).orElseThrow();
    MockHttpSession session = signIn(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);

    assertThat(html(get("/customers/{id}", customerId), session))
        .contains("id=\"edit-company\"", before.domain(), before.billableAccountId())
        .doesNotContain("id=\"edit-billing\"");
    assertThat(html(get("/customers/{id}/company", customerId), session))
        .contains("value=\"Help Desk Ltd\"");
    // field errors, nothing changed
    assertThat(
            html(
                post("/customers/{id}/company", customerId)
                    .param("companyName", "")
                    .param("primaryContact.firstName", "Fang")
                    .param("primaryContact.lastName", "Wang")
                    .param("primaryContact.email", "not-an-email"),
                session))
        .contains("id=\"companyName-error\"", "id=\"primaryContact.email-error\"");
    assertThat(customers.find(partnerId, customerId).orElseThrow()).isEqualTo(before);

    mvc.perform(
            post("/customers/{id}/company", customerId)
                .session(session)
                .with(csrf())
                .param("companyName", "Help Desk Renamed Ltd")
                .param("primaryContact.firstName", "Lei")
                .param("primaryContact.lastName", "Zhao")
                .param("primaryContact.email", "zhao.lei@example.cn"))
        .andExpect(redirectedUrl("/customers/" + customerId));
    CustomerAccount renamed = customers.find(partnerId, customerId).orElseThrow();
    assertThat(renamed.companyName()).isEqualTo("Help Desk Renamed Ltd");
    assertThat(renamed.primaryContact().lastName()).isEqualTo("Zhao");

    mvc.perform(get("/customers/{id}/billing", customerId).session(session))
        .andExpect(status().isForbidden());
    mvc.perform(billing(customerId, session, "helpdesk@example.cn"))
        .andExpect(status().isForbidden());
    assertThat(customers.find(partnerId, customerId).orElseThrow().billing())
        .isEqualTo(before.billing());
    // and no way to create customers or request relationships
    mvc.perform(get("/customers/new").session(session)).andExpect(status().isForbidden());
    mvc.perform(get("/customers/relationship-request").session(session))
        .andExpect(status().isForbidden());
  }

  @Test
  void salesAgentsCreateCustomersAndEditBothCompanyDetailsAndBilling() throws Exception {
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("Sales Ltd"), SYSTEM).customerId();
    MockHttpSession session = signIn(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);

    assertThat(html(get("/customers"), session)).contains("id=\"add-customer\"");
    assertThat(html(get("/customers/{id}", customerId), session))
        .contains("id=\"edit-company\"", "id=\"edit-billing\"");
    assertThat(html(get("/customers/{id}/billing", customerId), session))
        .contains("value=\"Sales Ltd\"", "value=\"zh-CN\" selected=\"selected\"");

    assertThat(html(billing(customerId, session, "not-an-email"), session))
        .contains("id=\"email-error\"");
    mvc.perform(billing(customerId, session, "invoices@sales.example.cn"))
        .andExpect(redirectedUrl("/customers/" + customerId));
    CustomerAccount changed = customers.find(partnerId, customerId).orElseThrow();
    assertThat(changed.billing().email()).isEqualTo("invoices@sales.example.cn");
    assertThat(changed.billing().language()).isEqualTo("ru");
    assertThat(html(get("/customers/{id}", customerId), session))
        .contains("invoices@sales.example.cn");
  }

  @Test
  void aSuspendedPartnerCannotAddCustomers() throws Exception {
    MockHttpSession session = signIn(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    String prefix = uniquePrefix();
    mvc.perform(step1(session, accountInfo("Suspended Ltd", prefix)))
        .andExpect(redirectedUrl("/customers/new/subscriptions"));
    mvc.perform(post("/customers/new/subscriptions").session(session).with(csrf()));

    standing.suspend(partnerId, SuspensionReason.DELINQUENCY, "Unpaid invoices", OPERATOR);

    assertThat(html(post("/customers/new/submit"), session))
        .contains("id=\"form-errors\"", "您的合作伙伴账户因欠款已被暂停");
    assertThat(customers.countCustomersOf(partnerId)).isZero();
    assertThat(
            mvc.perform(get("/customers/new").session(session))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("您的合作伙伴账户因欠款已被暂停");
    // existing customers can still be looked at
    mvc.perform(get("/customers").session(session)).andExpect(status().isOk());
  }

  @Test
  void theRelationshipRequestShowsTheEmailWithAFixedAbsoluteLink() throws Exception {
    MockHttpSession session = signIn(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);

    String page = html(get("/customers/relationship-request"), session);
    Matcher link =
        Pattern.compile(
                "id=\"invitation-link\"[^>]*href=\"(http://localhost/admin-center/invitations/[^\"]+)\"")
            .matcher(page);
    assertThat(link.find()).as(page).isTrue();
    assertThat(page).contains("我们希望成为您的云解决方案提供商", "如有任何问题");
    // the link stays the same for every visit
    assertThat(html(get("/customers/relationship-request"), session)).contains(link.group(1));

    mvc.perform(
            post("/customers/relationship-request")
                .session(session)
                .with(csrf())
                .param("paragraph1", "Dear customer, we are Contoso.")
                .param("paragraph2", ""))
        .andExpect(redirectedUrl("/customers/relationship-request"));
    assertThat(html(get("/customers/relationship-request"), session))
        .contains("Dear customer, we are Contoso.", "请点击下面的链接", link.group(1));

    assertThat(
            html(
                post("/customers/relationship-request")
                    .param("paragraph1", "z".repeat(2001))
                    .param("paragraph2", "ok"),
                session))
        .contains("id=\"paragraph1-error\"");
    assertThat(html(get("/customers/relationship-request"), session))
        .contains("Dear customer, we are Contoso.");
  }

  // --- helpers

  private MockHttpSession signIn(AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    return cn.csp.portal.web.PortalSessions.signIn(mvc, user.email());
  }

  private String html(MockHttpServletRequestBuilder request, MockHttpSession session)
      throws Exception {
    return mvc.perform(request.session(session).with(csrf()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String availability(MockHttpSession session, String prefix) throws Exception {
    return html(get("/customers/domain-availability").param("domainPrefix", prefix), session);
  }

  private static List<UUID> rows(String html) {
    List<UUID> ids = new ArrayList<>();
    Matcher matcher = CUSTOMER_ROW.matcher(html);
    while (matcher.find()) {
      ids.add(UUID.fromString(matcher.group(1)));
    }
    return ids;
  }

  /** Step 1 of the wizard, every field filled. */
  private static Map<String, String> accountInfo(String companyName, String prefix) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("companyName", companyName);
    fields.put("domainPrefix", prefix);
    fields.put("primaryContact.firstName", "Fang");
    fields.put("primaryContact.lastName", "Wang");
    fields.put("primaryContact.email", "it@" + prefix + ".example.cn");
    fields.put("primaryContact.phoneNumber", "");
    fields.put("billing.companyName", companyName);
    fields.put("billing.firstName", "Fang");
    fields.put("billing.lastName", "Wang");
    fields.put("billing.email", "billing@" + prefix + ".example.cn");
    fields.put("billing.address.addressLine1", "Zhongguancun 1");
    fields.put("billing.address.city", "Beijing");
    fields.put("billing.address.state", "Beijing");
    fields.put("billing.address.postalCode", "100080");
    fields.put("billing.address.country", "CN");
    fields.put("billing.culture", "en-US");
    fields.put("billing.language", "en");
    return fields;
  }

  private static MockHttpServletRequestBuilder step1(
      MockHttpSession session, Map<String, String> fields) {
    MockHttpServletRequestBuilder request = post("/customers/new").session(session).with(csrf());
    fields.forEach(request::param);
    return request;
  }

  private static MockHttpServletRequestBuilder billing(
      UUID customerId, MockHttpSession session, String email) {
    return post("/customers/{id}/billing", customerId)
        .session(session)
        .with(csrf())
        .param("companyName", "Sales Ltd Billing")
        .param("firstName", "Na")
        .param("lastName", "Li")
        .param("email", email)
        .param("address.addressLine1", "88 Jianguo Road")
        .param("address.city", "Beijing")
        .param("address.state", "Beijing")
        .param("address.postalCode", "100022")
        .param("address.country", "CN")
        .param("culture", "ru-RU")
        .param("language", "ru");
  }
}
