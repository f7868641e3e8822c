package cn.csp.portal.web.api.v1;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.Invitation;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.api.ApiAuthentication;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiTestCallers;
import cn.csp.portal.web.api.ContinuationToken;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customers of the {@code /v1} API as the Partner Center Java SDK calls them (contract sections
 * 7-9): the captured create body, the list with filters and continuation, a customer and its
 * profiles, the relationship request link, and the UI's permissions.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CustomersApiIT {

  /** The SDK's {@code customers.create} body, byte for byte as captured (contract 8.1). */
  private static final String CAPTURED_CREATE_BODY =
      "{\"attributes\":{\"objectType\":\"Customer\"},"
          + "\"companyProfile\":{\"attributes\":{\"objectType\":\"CustomerCompanyProfile\"},"
          + "\"domain\":\"newco.partner.onmschina.cn\",\"companyName\":\"NewCo\"},"
          + "\"billingProfile\":{\"attributes\":{\"objectType\":\"CustomerBillingProfile\"},"
          + "\"language\":\"zh\",\"companyName\":\"NewCo\","
          + "\"defaultAddress\":{\"country\":\"CN\",\"city\":\"Shanghai\",\"state\":\"SH\","
          + "\"addressLine1\":\"1 Road\",\"postalCode\":\"200000\","
          + "\"firstName\":\"Li\",\"lastName\":\"Lei\",\"phoneNumber\":\"123\"},"
          + "\"email\":\"it@newco.cn\",\"culture\":\"zh-CN\"}}";

  private static final Actor SYSTEM = Actor.system("test");
  private static final MediaType SDK_JSON =
      MediaType.parseMediaType("application/json; charset=utf-8");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Every customer gets an admin with a hashed temporary password; the cheapest bcrypt cost keeps
   * the 1,250 creates of the paging test to seconds (the hash's strength is not under test here).
   */
  @TestBean PasswordEncoder passwordEncoder;

  static PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
  }

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerRelationships relationships;
  @Autowired CustomerAdminAccounts customerAdmins;
  @Autowired JdbcTemplate jdbc;

  private UUID partnerId;
  private String admin;

  @BeforeEach
  void partner() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    admin = user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
  }

  @Test
  void theCapturedCreateBodyMakesOneCustomerEvenWhenRetriedWithTheSameRequestId() throws Exception {
    String requestId = "cb516328-3687-4265-a729-86bc3f207ae3";
    String created =
        mvc.perform(createRequest(CAPTURED_CREATE_BODY, requestId).with(as(admin)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").isString())
            .andExpect(jsonPath("$.commerceId").isString())
            .andExpect(jsonPath("$.companyProfile.domain").value("newco.partner.onmschina.cn"))
            .andExpect(jsonPath("$.companyProfile.companyName").value("NewCo"))
            .andExpect(
                jsonPath("$.companyProfile.attributes.objectType").value("CustomerCompanyProfile"))
            .andExpect(jsonPath("$.billingProfile.email").value("it@newco.cn"))
            .andExpect(jsonPath("$.billingProfile.culture").value("zh-CN"))
            .andExpect(jsonPath("$.billingProfile.language").value("zh"))
            .andExpect(jsonPath("$.billingProfile.companyName").value("NewCo"))
            .andExpect(jsonPath("$.billingProfile.defaultAddress.city").value("Shanghai"))
            .andExpect(jsonPath("$.billingProfile.defaultAddress.postalCode").value("200000"))
            .andExpect(jsonPath("$.billingProfile.defaultAddress.firstName").value("Li"))
            // "123" is no phone number: the customer is created without one
            .andExpect(jsonPath("$.billingProfile.defaultAddress.phoneNumber").doesNotExist())
            .andExpect(
                jsonPath("$.billingProfile.attributes.objectType").value("CustomerBillingProfile"))
            .andExpect(jsonPath("$.relationshipToPartner").value("reseller"))
            .andExpect(jsonPath("$.allowDelegatedAccess").value(true))
            .andExpect(
                jsonPath("$.userCredentials.userName").value("admin@newco.partner.onmschina.cn"))
            .andExpect(jsonPath("$.userCredentials.password").isString())
            .andExpect(jsonPath("$.links.self.uri").value(startsWith("customers/")))
            .andExpect(jsonPath("$.links.self.method").value("GET"))
            .andExpect(jsonPath("$.attributes.objectType").value("Customer"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode customer = JSON.readTree(created);
    String id = customer.get("id").asString();
    String password = customer.get("userCredentials").get("password").asString();
    assertThat(
            customerAdmins
                .findSignIn("admin@newco.partner.onmschina.cn")
                .orElseThrow()
                .passwordHash())
        .doesNotContain(password);

    // the SDK's automatic retry: same id, same customer, no second one, no password again
    mvc.perform(createRequest(CAPTURED_CREATE_BODY, requestId).with(as(admin)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.userCredentials.userName").value("admin@newco.partner.onmschina.cn"))
        .andExpect(jsonPath("$.userCredentials.password").doesNotExist());
    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from customer where domain = 'newco.partner.onmschina.cn'",
                Long.class))
        .isEqualTo(1);

    // without the request id the same body is a new create, refused for the taken domain
    mvc.perform(createRequest(CAPTURED_CREATE_BODY, null).with(as(admin)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.data[0]").value("companyProfile.domain"))
        .andExpect(jsonPath("$.description").value(containsString("newco.partner.onmschina.cn")));

    mvc.perform(get("/v1/customers/" + id).with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.companyProfile.tenantId").value(id))
        .andExpect(jsonPath("$.billingProfile.defaultAddress.addressLine1").value("1 Road"))
        .andExpect(jsonPath("$.relationshipToPartner").value("reseller"))
        .andExpect(jsonPath("$.userCredentials").doesNotExist())
        .andExpect(jsonPath("$.links.self.uri").value("customers/" + id));
  }

  @Test
  void aCustomerAndItsProfilesHaveTheShapesTheSdkParses() throws Exception {
    CreatedCustomer created =
        customers.createCustomer(partnerId, aCustomer("Contoso China"), SYSTEM);
    String id = created.customerId().toString();

    mvc.perform(get("/v1/customers/" + id + "/profiles/company").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tenantId").value(id))
        .andExpect(jsonPath("$.domain").value(created.domain()))
        .andExpect(jsonPath("$.companyName").value("Contoso China"))
        .andExpect(jsonPath("$.links.self.uri").value("customers/" + id + "/profiles/company"))
        .andExpect(jsonPath("$.attributes.objectType").value("CustomerCompanyProfile"));
    mvc.perform(get("/v1/customers/" + id + "/profiles/billing").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.firstName").value("Fang"))
        .andExpect(jsonPath("$.email").value(startsWith("billing@")))
        .andExpect(jsonPath("$.culture").value("zh-CN"))
        .andExpect(jsonPath("$.language").value("zh"))
        .andExpect(jsonPath("$.defaultAddress.country").value("CN"))
        .andExpect(jsonPath("$.defaultAddress.postalCode").value("100080"))
        .andExpect(jsonPath("$.attributes.objectType").value("CustomerBillingProfile"));

    // the SDK's PATCH sends the whole customer back: "reseller" changes nothing
    String customer =
        mvc.perform(get("/v1/customers/" + id).with(as(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(patchRequest(id, customer).with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.relationshipToPartner").value("reseller"));
    // removing the relationship is what the portal never does: a 400 that says so
    mvc.perform(
            patchRequest(id, customer.replace("\"reseller\"", "\"none\""))
                .with(as(admin))
                .header("X-Locale", "en-US"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.data[0]").value("relationshipToPartner"))
        .andExpect(jsonPath("$.description").value(containsString("cannot be removed")));
    mvc.perform(patchRequest(id, "{\"relationshipToPartner\":\"advisor\"}").with(as(admin)))
        .andExpect(status().isBadRequest());
    mvc.perform(
            patchRequest(id, "{\"relationshipToPartner\":\"partnerOfTheYear\"}").with(as(admin)))
        .andExpect(status().isBadRequest());
    assertThat(customers.find(partnerId, created.customerId())).isPresent();
  }

  @Test
  void unknownForeignAndMalformedIdsAreNotFound() throws Exception {
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    UUID foreign =
        customers.createCustomer(otherPartner, aCustomer("Foreign Ltd"), SYSTEM).customerId();

    for (String id : List.of(foreign.toString(), UUID.randomUUID().toString(), "not-a-guid")) {
      mvc.perform(get("/v1/customers/" + id).with(as(admin)))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.description").isString());
      mvc.perform(get("/v1/customers/" + id + "/profiles/billing").with(as(admin)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/v1/customers/" + id + "/profiles/company").with(as(admin)))
          .andExpect(status().isNotFound());
      mvc.perform(patchRequest(id, "{\"relationshipToPartner\":\"none\"}").with(as(admin)))
          .andExpect(status().isNotFound());
    }
    // the foreign customer is in no page of this partner's list
    customers.createCustomer(partnerId, aCustomer("Own Ltd"), SYSTEM);
    mvc.perform(get("/v1/customers").with(as(admin)))
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.items[0].companyProfile.companyName").value("Own Ltd"));
  }

  @Test
  void theListHasTheCollectionShapeAndFiltersAsTheSdkAndTheDocsSendIt() throws Exception {
    customers.createCustomer(partnerId, aCustomer("Con tos&o Ltd"), SYSTEM);
    customers.createCustomer(partnerId, aCustomer("CONTOSO Retail"), SYSTEM);
    customers.createCustomer(partnerId, aCustomer("Fabrikam"), SYSTEM);
    CreatedCustomer northwind =
        customers.createCustomer(partnerId, aCustomer("Northwind", "northwind" + suffix()), SYSTEM);

    mvc.perform(get("/v1/customers").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(4))
        .andExpect(jsonPath("$.items.length()").value(4))
        .andExpect(jsonPath("$.items[0].companyProfile.companyName").value("Con tos&o Ltd"))
        .andExpect(jsonPath("$.items[0].relationshipToPartner").value("reseller"))
        .andExpect(jsonPath("$.items[0].allowDelegatedAccess").value(true))
        .andExpect(jsonPath("$.items[0].attributes.objectType").value("Customer"))
        .andExpect(jsonPath("$.items[0].links.self.uri").value(startsWith("customers/")))
        .andExpect(jsonPath("$.links.self.uri").value("customers?size=100"))
        .andExpect(jsonPath("$.links.next").doesNotExist())
        .andExpect(jsonPath("$.continuationToken").doesNotExist())
        .andExpect(jsonPath("$.attributes.objectType").value("Collection"));

    // the Java SDK's filter, URL-encoded (sent as is), with a size of 20 and the "simple" size 0
    String sdkFilter =
        "{\"value\":\"Con tos&o\",\"field\":\"CompanyName\",\"fieldType\":\"String\","
            + "\"operator\":\"StartsWith\"}";
    for (String size : List.of("20", "0")) {
      mvc.perform(
              get(URI.create("/v1/customers?size=" + size + "&filter=" + encode(sdkFilter)))
                  .with(as(admin)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.totalCount").value(1))
          .andExpect(jsonPath("$.items[0].companyProfile.companyName").value("Con tos&o Ltd"));
    }
    // the REST docs' filter: any case, starts_with
    mvc.perform(
            get("/v1/customers")
                .param(
                    "filter",
                    "{\"Field\":\"CompanyName\",\"Value\":\"Cont\",\"Operator\":\"starts_with\"}")
                .with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.items[0].companyProfile.companyName").value("CONTOSO Retail"));
    mvc.perform(
            get("/v1/customers")
                .param(
                    "filter",
                    "{\"Field\":\"Domain\",\"Value\":\"NORTHWIND\",\"Operator\":\"starts_with\"}")
                .with(as(admin)))
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.items[0].id").value(northwind.customerId().toString()));
    // LIKE's wildcards are plain characters in a prefix
    mvc.perform(
            get("/v1/customers")
                .param(
                    "filter",
                    "{\"field\":\"CompanyName\",\"value\":\"%\",\"operator\":\"StartsWith\"}")
                .with(as(admin)))
        .andExpect(jsonPath("$.totalCount").value(0))
        .andExpect(jsonPath("$.items.length()").value(0));

    // what the list cannot do is a 400 naming the parameter, never a 5xx
    for (String[] bad :
        new String[][] {
          {"filter", "not json"},
          {"filter", "{\"field\":\"Email\",\"value\":\"a\",\"operator\":\"StartsWith\"}"},
          {"filter", "{\"field\":\"CompanyName\",\"value\":\"a\",\"operator\":\"Equals\"}"},
          {"size", "501"},
          {"size", "-1"},
          {"size", "many"},
          {"offset", "10"},
          {"seekOperation", "Previous"},
          {"seekOperation", "Next"}
        }) {
      mvc.perform(get("/v1/customers").param(bad[0], bad[1]).with(as(admin)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").isNotEmpty());
    }
  }

  @Test
  void walkingTwelveHundredFiftyCustomersFollowingTheNextLinksServesEachExactlyOnce()
      throws Exception {
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < 1250; i++) {
      expected.add(
          customers
              .createCustomer(partnerId, aCustomer("Paging Customer " + i), SYSTEM)
              .customerId()
              .toString());
    }

    List<String> served = new ArrayList<>();
    MockHttpServletRequestBuilder request = get("/v1/customers?size=500");
    int pages = 0;
    while (request != null) {
      JsonNode page =
          JSON.readTree(
              mvc.perform(request.with(as(admin)))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      pages++;
      assertThat(page.get("totalCount").asInt()).isEqualTo(1250);
      page.get("items").forEach(item -> served.add(item.get("id").asString()));
      JsonNode next = page.get("links").get("next");
      if (next == null) {
        assertThat(page.get("continuationToken")).isNull();
        request = null;
      } else {
        // as the SDK's enumerator does: root + "/v1/" + uri, with the link's headers
        String uri = next.get("uri").asString();
        assertThat(uri).isEqualTo("customers?size=500&seekOperation=Next");
        JsonNode header = next.get("headers").get(0);
        assertThat(header.get("key").asString()).isEqualTo(ContinuationToken.HEADER);
        assertThat(header.get("value").asString())
            .isEqualTo(page.get("continuationToken").asString());
        request =
            get("/v1/" + uri).header(header.get("key").asString(), header.get("value").asString());
      }
    }

    assertThat(pages).isEqualTo(3);
    assertThat(served).hasSize(1250).doesNotHaveDuplicates();
    assertThat(new HashSet<>(served)).isEqualTo(expected);
  }

  @Test
  void aContinuationTokenContinuesOnlyItsOwnList() throws Exception {
    for (String name : List.of("Alpha One", "Alpha Two", "Alpha Three", "Beta")) {
      customers.createCustomer(partnerId, aCustomer(name), SYSTEM);
    }
    String alpha = "{\"field\":\"CompanyName\",\"value\":\"alpha\",\"operator\":\"StartsWith\"}";
    JsonNode first =
        JSON.readTree(
            mvc.perform(
                    get("/v1/customers").param("size", "2").param("filter", alpha).with(as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(first.get("totalCount").asInt()).isEqualTo(3);
    String token = first.get("continuationToken").asString();

    // the SDK's manual seek sends only seekOperation and the token: the token keeps the filter
    mvc.perform(
            get("/v1/customers")
                .param("seekOperation", "Next")
                .header(ContinuationToken.HEADER, token)
                .with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].companyProfile.companyName").value("Alpha Three"))
        .andExpect(jsonPath("$.links.next").doesNotExist());

    String betaFilter =
        "{\"field\":\"CompanyName\",\"value\":\"beta\",\"operator\":\"StartsWith\"}";
    String foreignScope = new ContinuationToken("invoices", List.of("x", "y", "z", "w")).encode();
    for (String[] bad :
        new String[][] {
          {token, betaFilter}, {foreignScope, null}, {"garbage!", null}, {"", null}
        }) {
      MockHttpServletRequestBuilder seek =
          get("/v1/customers")
              .param("seekOperation", "Next")
              .header(ContinuationToken.HEADER, bad[0])
              .with(as(admin));
      if (bad[1] != null) {
        seek.param("filter", bad[1]);
      }
      mvc.perform(seek)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.data[0]").value(ContinuationToken.HEADER));
    }
  }

  @Test
  void aCustomerSharedWithAnotherPartnerIsInBothLists() throws Exception {
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    CreatedCustomer shared =
        customers.createCustomer(otherPartner, aCustomer("Shared Ltd"), SYSTEM);
    Invitation invitation = relationships.invitationOf(partnerId, SYSTEM);
    UUID adminId = customerAdmins.findSignIn(shared.adminSignInName()).orElseThrow().adminId();
    relationships.acceptInvitation(
        invitation.token(),
        shared.customerId(),
        Actor.customerAdmin(adminId, shared.adminSignInName()));

    mvc.perform(get("/v1/customers").with(as(admin)))
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.items[0].id").value(shared.customerId().toString()));
    mvc.perform(get("/v1/customers/" + shared.customerId()).with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.companyProfile.companyName").value("Shared Ltd"));
  }

  @Test
  void badCreateBodiesAre400sNamingTheField() throws Exception {
    String valid = CAPTURED_CREATE_BODY.replace("newco", "badbody" + suffix());
    Map<String, String> bodies =
        Map.of(
            valid.replace("\"companyName\":\"NewCo\"}", "\"companyName\":\"\"}"),
                "companyProfile.companyName",
            valid.replace("\"email\":\"it@", "\"email\":\"not an email "), "billingProfile.email",
            valid.replace("\"postalCode\":\"200000\"", "\"postalCode\":\"2000\""),
                "billingProfile.defaultAddress.postalCode",
            valid.replace("\"culture\":\"zh-CN\"", "\"culture\":\"chinese\""),
                "billingProfile.culture",
            valid.replace(".partner.onmschina.cn", ".example.com"), "companyProfile.domain");
    for (Map.Entry<String, String> bad : bodies.entrySet()) {
      mvc.perform(createRequest(bad.getKey(), null).with(as(admin)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.data").value(org.hamcrest.Matchers.hasItem(bad.getValue())))
          .andExpect(jsonPath("$.description").value(containsString(bad.getValue())));
    }
    // an empty customer: every required field is named
    mvc.perform(createRequest("{}", null).with(as(admin)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.data")
                .value(
                    org.hamcrest.Matchers.hasItems(
                        "companyProfile.companyName",
                        "companyProfile.domain",
                        "billingProfile.email",
                        "billingProfile.defaultAddress.addressLine1")));
    for (String malformed :
        List.of(
            "not json",
            "",
            "[]",
            "{\"companyProfile\":\"NewCo\"}",
            "{\"companyProfile\":{\"companyName\":{\"a\":1}}}",
            "{\"relationshipToPartner\":42}",
            "{\"billingProfile\":{\"defaultAddress\":[1,2]}}")) {
      mvc.perform(createRequest(malformed, null).with(as(admin)))
          .andExpect(status().isBadRequest());
    }
    mvc.perform(
            post("/v1/customers").with(as(admin)).contentType(MediaType.TEXT_PLAIN).content(valid))
        .andExpect(status().isBadRequest());
    assertThat(customers.countCustomersOf(partnerId)).isZero();
  }

  @Test
  void permissionsAreThoseOfTheCustomerPages() throws Exception {
    String salesAgent = user(partnerId, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    String helpdesk = user(partnerId, AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    String billingAdmin = user(partnerId, AgentRole.NONE, AdminRole.BILLING_ADMIN);

    mvc.perform(
            createRequest(CAPTURED_CREATE_BODY.replace("newco", "sales" + suffix()), null)
                .with(as(salesAgent)))
        .andExpect(status().isCreated());
    mvc.perform(get("/v1/customers").with(as(salesAgent)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(1));

    mvc.perform(get("/v1/customers").with(as(helpdesk))).andExpect(status().isOk());
    mvc.perform(
            createRequest(CAPTURED_CREATE_BODY.replace("newco", "helpdesk" + suffix()), null)
                .with(as(helpdesk)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.description").isString());
    mvc.perform(get("/v1/customers/relationshiprequests").with(as(helpdesk)))
        .andExpect(status().isForbidden());

    mvc.perform(get("/v1/customers").with(as(billingAdmin))).andExpect(status().isForbidden());
    mvc.perform(
            createRequest(CAPTURED_CREATE_BODY.replace("newco", "billing" + suffix()), null)
                .with(as(billingAdmin)))
        .andExpect(status().isForbidden());
    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(1);
  }

  @Test
  void theRelationshipRequestIsThePartnersInvitationLinkForAppPlusUserTokensOnly()
      throws Exception {
    Invitation invitation = relationships.invitationOf(partnerId, SYSTEM);

    mvc.perform(get("/v1/customers/relationshiprequests").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.url").value("http://localhost:8080" + invitation.path()))
        .andExpect(jsonPath("$.attributes.objectType").value("RelationshipRequest"));

    ApiCaller app =
        new ApiCaller(
            partnerId,
            new Actor(ActorType.API_APPLICATION, UUID.randomUUID(), "demo-app"),
            Set.of(Permission.RELATIONSHIP_REQUEST, Permission.CUSTOMER_VIEW));
    mvc.perform(
            get("/v1/customers/relationshiprequests")
                .with(authentication(new ApiAuthentication(app))))
        .andExpect(status().isForbidden());
  }

  private String user(UUID partner, AgentRole agentRole, AdminRole adminRole) {
    NewPartnerUser user = aUser(agentRole, adminRole);
    partners.addUser(partner, user, SYSTEM);
    return user.email();
  }

  private RequestPostProcessor as(String email) {
    return ApiTestCallers.asUser(partners, email);
  }

  private static MockHttpServletRequestBuilder createRequest(String body, String requestId) {
    MockHttpServletRequestBuilder request =
        post("/v1/customers")
            .contentType(SDK_JSON)
            .accept(MediaType.APPLICATION_JSON)
            .header("MS-CorrelationId", "f95b8bc1-a333-439c-9a1d-64e6fcc8a989")
            .header("MS-PartnerCenter-Client", "Partner Center Java SDK")
            .header("MS-Contract-Version", "v1")
            .header("X-Locale", "en-US")
            .content(body);
    if (requestId != null) {
      request.header("MS-RequestId", requestId);
    }
    return request;
  }

  private static MockHttpServletRequestBuilder patchRequest(String id, String body) {
    return patch("/v1/customers/" + id).contentType(SDK_JSON).content(body);
  }

  private static String encode(String filter) {
    return URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String suffix() {
    return Long.toString(System.nanoTime() % 1_000_000_000L);
  }
}
