package cn.csp.portal.web.api.v1;

import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OrganizationProfile;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.web.api.ApiFaultCodes;
import cn.csp.portal.web.api.ApiTestCallers;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The partner's own profiles through {@code /v1/profiles} (contract 8, 8.2, 9, 11), with the
 * permissions of the profile pages.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PartnerProfilesApiIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final MediaType SDK_JSON =
      MediaType.parseMediaType("application/json; charset=utf-8");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;

  private UUID partnerId;
  private NewPartner partner;
  private String globalAdmin;

  @BeforeEach
  void aPartnerWithAGlobalAdmin() {
    partner = PartnerFixtures.aPartner();
    partnerId = partners.createPartner(partner, SYSTEM);
    globalAdmin = userOf(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
  }

  private String userOf(AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    return user.email();
  }

  private RequestPostProcessor as(String email) {
    return ApiTestCallers.asUser(partners, email);
  }

  private static MockHttpServletRequestBuilder sdk(MockHttpServletRequestBuilder request) {
    return request
        .accept(MediaType.APPLICATION_JSON)
        .header("MS-RequestId", UUID.randomUUID().toString())
        .header("MS-CorrelationId", UUID.randomUUID().toString())
        .header("X-Locale", "en-US");
  }

  private OrganizationProfile storedOrganization() {
    return partners.findProfiles(partnerId).orElseThrow().organization();
  }

  @Test
  void theOrganizationProfileHasTheShapeTheSdkParses() throws Exception {
    OrganizationProfile organization = partner.profiles().organization();
    mvc.perform(sdk(get("/v1/profiles/organization")).with(as(globalAdmin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(partnerId.toString()))
        .andExpect(jsonPath("$.companyName").value(organization.companyName()))
        .andExpect(jsonPath("$.tenantId").value(organization.tenantId().toString()))
        .andExpect(jsonPath("$.domain").value(organization.domain()))
        .andExpect(jsonPath("$.email").value(organization.email()))
        .andExpect(jsonPath("$.language").value("zh"))
        .andExpect(jsonPath("$.culture").value("zh-CN"))
        .andExpect(jsonPath("$.defaultAddress.country").value("CN"))
        .andExpect(jsonPath("$.defaultAddress.city").value("Beijing"))
        .andExpect(jsonPath("$.defaultAddress.addressLine1").value("1 Test Road"))
        .andExpect(jsonPath("$.defaultAddress.postalCode").value("100000"))
        .andExpect(jsonPath("$.links.self.uri").value("profiles/organization"))
        .andExpect(jsonPath("$.attributes.objectType").value("OrganizationProfile"));
  }

  @Test
  void putReplacesTheEditablePartOfTheOrganizationProfileAsReadBack() throws Exception {
    String current =
        mvc.perform(sdk(get("/v1/profiles/organization")).with(as(globalAdmin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String changed =
        JsonPath.parse(current)
            .set("$.companyName", "Partner Ltd")
            .set("$.email", "ops@partner.cn")
            .set("$.language", "en")
            .set("$.culture", "en-US")
            // the address is the legal profile's: ignored here
            .set("$.defaultAddress.city", "Shanghai")
            .jsonString();
    mvc.perform(
            sdk(put("/v1/profiles/organization"))
                .with(as(globalAdmin))
                .contentType(SDK_JSON)
                .content(changed))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.companyName").value("Partner Ltd"))
        .andExpect(jsonPath("$.email").value("ops@partner.cn"))
        .andExpect(jsonPath("$.culture").value("en-US"))
        .andExpect(jsonPath("$.defaultAddress.city").value("Beijing"))
        .andExpect(jsonPath("$.attributes.objectType").value("OrganizationProfile"));
    assertThat(storedOrganization())
        .isEqualTo(
            new OrganizationProfile(
                "Partner Ltd",
                partner.profiles().organization().tenantId(),
                partner.profiles().organization().domain(),
                "ops@partner.cn",
                "en",
                "en-US"));
  }

  @Test
  void badOrganizationBodiesAre400NamingTheFieldAndSaveNothing() throws Exception {
    String current =
        mvc.perform(sdk(get("/v1/profiles/organization")).with(as(globalAdmin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    record Bad(String body, String field) {}
    for (Bad bad :
        List.of(
            new Bad(JsonPath.parse(current).set("$.email", "not-an-email").jsonString(), "email"),
            new Bad(JsonPath.parse(current).set("$.companyName", " ").jsonString(), "companyName"),
            new Bad(JsonPath.parse(current).delete("$.culture").jsonString(), "culture"),
            new Bad(
                JsonPath.parse(current)
                    .set("$.tenantId", UUID.randomUUID().toString())
                    .jsonString(),
                "tenantId"),
            new Bad(JsonPath.parse(current).set("$.tenantId", "t-1").jsonString(), "tenantId"),
            new Bad(
                JsonPath.parse(current).set("$.domain", "other.partner.onmschina.cn").jsonString(),
                "domain"))) {
      mvc.perform(
              sdk(put("/v1/profiles/organization"))
                  .with(as(globalAdmin))
                  .contentType(SDK_JSON)
                  .content(bad.body()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.data", hasItem(bad.field())));
    }
    for (String unreadable : List.of("not json", "", "[1]", "{\"email\":{\"a\":1}}")) {
      mvc.perform(
              sdk(put("/v1/profiles/organization"))
                  .with(as(globalAdmin))
                  .contentType(SDK_JSON)
                  .content(unreadable))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(ApiFaultCodes.MALFORMED_REQUEST));
    }
    assertThat(storedOrganization()).isEqualTo(partner.profiles().organization());
  }

  @Test
  void theOtherProfilesHaveTheShapesTheSdkParses() throws Exception {
    var legal = partner.profiles().legal();
    mvc.perform(sdk(get("/v1/profiles/legalbusiness")).with(as(globalAdmin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.companyName").value(legal.companyName()))
        .andExpect(jsonPath("$.address.country").value("CN"))
        .andExpect(jsonPath("$.address.state").value("BJ"))
        .andExpect(jsonPath("$.primaryContact.firstName").value("Li"))
        .andExpect(jsonPath("$.primaryContact.lastName").value("Lei"))
        .andExpect(jsonPath("$.primaryContact.email").value(legal.primaryContact().email()))
        .andExpect(jsonPath("$.primaryContact.phoneNumber").value("+86 10 5555 0100"))
        .andExpect(jsonPath("$.companyApproverEmail").value(legal.approvalContact().email()))
        // an active partner passed 21Vianet's review
        .andExpect(jsonPath("$.vettingStatus").value("authorized"))
        .andExpect(jsonPath("$.attributes.objectType").value("LegalBusinessProfile"));

    mvc.perform(sdk(get("/v1/profiles/mpn")).with(as(globalAdmin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.partnerName").value(legal.companyName()))
        .andExpect(jsonPath("$.mpnId").value(partner.mpnId()))
        .andExpect(jsonPath("$.attributes.objectType").value("MpnProfile"));
    mvc.perform(sdk(get("/v1/profiles/mpn").param("mpnId", partner.mpnId())).with(as(globalAdmin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.mpnId").value(partner.mpnId()));
    NewPartner other = PartnerFixtures.aPartner();
    partners.createPartner(other, SYSTEM);
    for (String foreign : List.of(other.mpnId(), "0", "x")) {
      mvc.perform(sdk(get("/v1/profiles/mpn").param("mpnId", foreign)).with(as(globalAdmin)))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value(ApiFaultCodes.NOT_FOUND));
    }

    var support = partner.profiles().support();
    mvc.perform(sdk(get("/v1/profiles/support")).with(as(globalAdmin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.email").value(support.email()))
        .andExpect(jsonPath("$.telephone").value(support.phone()))
        .andExpect(jsonPath("$.website").value(support.website()))
        .andExpect(jsonPath("$.attributes.objectType").value("SupportProfile"));

    var billing = partner.profiles().billing();
    mvc.perform(sdk(get("/v1/profiles/billing")).with(as(globalAdmin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.companyName").value(billing.companyName()))
        .andExpect(jsonPath("$.address.city").value("Beijing"))
        .andExpect(jsonPath("$.primaryContact.email").value(billing.invoiceRecipient().email()))
        .andExpect(jsonPath("$.taxId").value("91110000TEST"))
        .andExpect(jsonPath("$.purchaseOrderNumber").doesNotExist())
        .andExpect(jsonPath("$.billingCurrency").value("CNY"))
        .andExpect(jsonPath("$.attributes.objectType").value("BillingProfile"));
  }

  @Test
  void permissionsAreThoseOfTheProfilePages() throws Exception {
    // help desk agents may not view partner profiles
    String helpdesk = userOf(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    for (String profile : List.of("organization", "legalbusiness", "mpn", "support", "billing")) {
      mvc.perform(sdk(get("/v1/profiles/" + profile)).with(as(helpdesk)))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.data", contains(Permission.PROFILE_VIEW.authority())));
    }
    // admin agents view but only global admins edit
    String adminAgent = userOf(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    String current =
        mvc.perform(sdk(get("/v1/profiles/organization")).with(as(adminAgent)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            sdk(put("/v1/profiles/organization"))
                .with(as(adminAgent))
                .contentType(SDK_JSON)
                .content(JsonPath.parse(current).set("$.companyName", "Taken Over").jsonString()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.data", contains(Permission.PROFILE_EDIT.authority())));
    assertThat(storedOrganization()).isEqualTo(partner.profiles().organization());

    // App-only tokens: the organization profile is App+User only, the others are not
    RequestPostProcessor app = ApiTestCallers.asApplication(partnerId);
    mvc.perform(sdk(get("/v1/profiles/organization")).with(app))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.APP_USER_ONLY));
    mvc.perform(
            sdk(put("/v1/profiles/organization")).with(app).contentType(SDK_JSON).content(current))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.APP_USER_ONLY));
    mvc.perform(sdk(get("/v1/profiles/legalbusiness")).with(app))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.vettingStatus").value("authorized"));
  }
}
