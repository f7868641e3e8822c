package cn.csp.portal.web.api.v1;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerAdminSignIn;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.customer.NewCustomerUser;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.api.ApiFaultCodes;
import cn.csp.portal.web.api.ApiTestCallers;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Customer users and directory roles through {@code /v1} as the Partner Center Java SDK calls them
 * (contract 8, 8.1, 8.2, 9, 11): the captured bodies replayed as sent, the partner's delegated
 * admin privileges and the caller's permission required, bad bodies answered 400 naming the field.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CustomerUsersApiIT {

  private static final Actor SYSTEM = Actor.system("test");

  /** The SDK's create body (contract 8.1) for the captured domain, replaced by the test's own. */
  private static final String CAPTURED_CREATE =
      """
      {"attributes":{"objectType":"CustomerUser"},"displayName":"Wang Fang","firstName":"Wang","lastName":"Fang",\
      "passwordProfile":{"password":"abCD123*","forceChangePassword":true,"ForceChangePassword":true,"Password":"abCD123*"},\
      "userPrincipalName":"wang@contoso.partner.onmschina.cn","usageLocation":"CN"}""";

  private static final String CAPTURED_DOMAIN = "contoso.partner.onmschina.cn";

  private static final String CAPTURED_PATCH =
      "{\"attributes\":{\"objectType\":\"CustomerUser\"},\"displayName\":\"Renamed\"}";

  /** The SDK's content type for bodies (contract 5.1). */
  private static final MediaType SDK_JSON =
      MediaType.parseMediaType("application/json; charset=utf-8");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerRelationships relationships;
  @Autowired CustomerAdminAccounts admins;
  @Autowired CustomerUsers users;

  private UUID partnerId;
  private String adminAgent;
  private CreatedCustomer customer;

  @BeforeEach
  void aPartnerWithACustomer() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    adminAgent = userOf(partnerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    customer = customers.createCustomer(partnerId, aCustomer("Contoso China"), SYSTEM);
  }

  private String userOf(UUID partner, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partner, user, SYSTEM);
    return user.email();
  }

  private String usersUri() {
    return "/v1/customers/" + customer.customerId() + "/users";
  }

  /** A request with the SDK's headers, as {@code caller}. */
  private static MockHttpServletRequestBuilder sdk(
      MockHttpServletRequestBuilder request, RequestPostProcessor caller) {
    return sdk(request, caller, UUID.randomUUID().toString());
  }

  /** The same, as the SDK retries a call: with that call's request id. */
  private static MockHttpServletRequestBuilder sdk(
      MockHttpServletRequestBuilder request, RequestPostProcessor caller, String requestId) {
    return request
        .with(caller)
        .accept(MediaType.APPLICATION_JSON)
        .header("MS-CorrelationId", "f95b8bc1-a333-439c-9a1d-64e6fcc8a989")
        .header("MS-RequestId", requestId)
        .header("MS-PartnerCenter-Client", "Partner Center Java SDK")
        .header("MS-Contract-Version", "v1")
        .header("X-Locale", "en-US");
  }

  private RequestPostProcessor agent() {
    return ApiTestCallers.asUser(partners, adminAgent);
  }

  private ResultActions createWithTrailingSlash(String body) throws Exception {
    return mvc.perform(sdk(post(usersUri() + "/"), agent()).contentType(SDK_JSON).content(body));
  }

  private String captured(String name) {
    return CAPTURED_CREATE
        .replace(CAPTURED_DOMAIN, customer.domain())
        .replace("\"wang@", "\"" + name + "@");
  }

  private CustomerUser aUserNamed(String displayName, String name) {
    return users
        .create(
            customer.customerId(),
            new NewCustomerUser(
                "Li", "Lei", displayName, name + "@" + customer.domain(), "CN", null),
            SYSTEM)
        .user();
  }

  @Test
  void theCapturedCreateBodyWithItsDoubledPasswordProfileCreatesAUserAtTheTrailingSlash()
      throws Exception {
    String response =
        createWithTrailingSlash(captured("wang"))
            .andExpect(status().isCreated())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.userPrincipalName").value("wang@" + customer.domain()))
            .andExpect(jsonPath("$.firstName").value("Wang"))
            .andExpect(jsonPath("$.lastName").value("Fang"))
            .andExpect(jsonPath("$.displayName").value("Wang Fang"))
            .andExpect(jsonPath("$.usageLocation").value("CN"))
            .andExpect(jsonPath("$.userDomainType").value("none"))
            .andExpect(jsonPath("$.state").value("active"))
            .andExpect(jsonPath("$.attributes.objectType").value("CustomerUser"))
            .andExpect(jsonPath("$.links.self.method").value("GET"))
            // the caller chose the password: nothing to show
            .andExpect(jsonPath("$.passwordProfile").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    UUID id = UUID.fromString(JsonPath.read(response, "$.id"));
    assertThat((String) JsonPath.read(response, "$.links.self.uri"))
        .isEqualTo("customers/" + customer.customerId() + "/users/" + id);
    CustomerUser stored = users.find(customer.customerId(), id, SYSTEM);
    assertThat(stored.mustChangePassword()).isTrue();

    // both spellings saying false keep the password
    createWithTrailingSlash(
            captured("li")
                .replace("\"forceChangePassword\":true", "\"forceChangePassword\":false")
                .replace("\"ForceChangePassword\":true", "\"ForceChangePassword\":false"))
        .andExpect(status().isCreated());
    assertThat(users.list(customer.customerId(), "li@", PageRequest.of(0, 5), SYSTEM))
        .singleElement()
        .satisfies(user -> assertThat(user.mustChangePassword()).isFalse());
  }

  @Test
  void withoutATrailingSlashTooAndARetryWithTheSameRequestIdCreatesOnce() throws Exception {
    String requestId = UUID.randomUUID().toString();
    String first =
        mvc.perform(
                sdk(post(usersUri()), agent(), requestId)
                    .contentType(SDK_JSON)
                    .content(captured("zhang")))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            sdk(post(usersUri() + "/"), agent(), requestId)
                .contentType(SDK_JSON)
                .content(captured("zhang")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value((String) JsonPath.read(first, "$.id")));
    assertThat(users.list(customer.customerId(), null, PageRequest.of(0, 5), SYSTEM)).hasSize(1);
  }

  @Test
  void withoutAPasswordProfileTheTemporaryPasswordIsAnsweredOnce() throws Exception {
    createWithTrailingSlash(
            "{\"displayName\":\"Zhao Min\",\"firstName\":\"Min\",\"lastName\":\"Zhao\","
                + "\"userPrincipalName\":\"zhao@"
                + customer.domain()
                + "\",\"usageLocation\":\"CN\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.passwordProfile.password").isString())
        .andExpect(jsonPath("$.passwordProfile.forceChangePassword").value(true));
  }

  @Test
  void theListIsASeekBasedCollectionContinuedByTheNextLinkAndItsToken() throws Exception {
    aUserNamed("Chen Jie", "chen");
    aUserNamed("An Qi", "an");
    aUserNamed("Bai Lu", "bai");
    String first =
        mvc.perform(sdk(get(usersUri()).param("size", "2"), agent()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalCount").value(3))
            .andExpect(jsonPath("$.attributes.objectType").value("Collection"))
            .andExpect(jsonPath("$.items[*].displayName", contains("An Qi", "Bai Lu")))
            .andExpect(jsonPath("$.items[0].attributes.objectType").value("CustomerUser"))
            .andExpect(
                jsonPath("$.links.self.uri")
                    .value("customers/" + customer.customerId() + "/users?size=2"))
            .andExpect(
                jsonPath("$.links.next.uri")
                    .value(
                        "customers/" + customer.customerId() + "/users?size=2&seekOperation=Next"))
            .andExpect(jsonPath("$.links.next.headers[0].key").value("MS-ContinuationToken"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = JsonPath.read(first, "$.links.next.headers[0].value");
    assertThat((String) JsonPath.read(first, "$.continuationToken")).isEqualTo(token);

    // as the SDK's enumerator follows it: the link's URI with the link's header
    mvc.perform(
            sdk(get("/v1/" + JsonPath.read(first, "$.links.next.uri")), agent())
                .header("MS-ContinuationToken", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].displayName", contains("Chen Jie")))
        .andExpect(jsonPath("$.links.next").doesNotExist())
        .andExpect(jsonPath("$.continuationToken").doesNotExist());

    // no size (customers.get()) and size=0 (a simple query): one default page
    for (MockHttpServletRequestBuilder whole :
        List.of(get(usersUri()), get(usersUri()).param("size", "0"))) {
      mvc.perform(sdk(whole, agent()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.items.length()").value(3))
          .andExpect(jsonPath("$.links.next").doesNotExist());
    }

    // another list's token, an unknown seek, offsets and filters are refused
    mvc.perform(
            sdk(get(usersUri()).param("seekOperation", "Next"), agent())
                .header("MS-ContinuationToken", "bm90LWEtdG9rZW4"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.data", contains("MS-ContinuationToken")));
    mvc.perform(sdk(get(usersUri()).param("seekOperation", "Previous"), agent()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.data", contains("seekOperation")));
    mvc.perform(sdk(get(usersUri()).param("size", "2").param("offset", "2"), agent()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.data", contains("offset")));
    mvc.perform(sdk(get(usersUri()).param("size", "-1"), agent()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.data", contains("size")));
    mvc.perform(sdk(get(usersUri()).param("filter", "{\"field\":\"x\"}"), agent()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.data", contains("filter")));
  }

  @Test
  void getPatchAndDeleteAUser() throws Exception {
    CustomerUser user = aUserNamed("Li Lei", "lilei");
    String uri = usersUri() + "/" + user.id();
    mvc.perform(sdk(get(uri), agent()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(user.id().toString()))
        .andExpect(jsonPath("$.userPrincipalName").value("lilei@" + customer.domain()))
        .andExpect(jsonPath("$.state").value("active"))
        .andExpect(jsonPath("$.userDomainType").value("none"));

    // the captured PATCH: only the display name changes
    mvc.perform(sdk(patch(uri), agent()).contentType(SDK_JSON).content(CAPTURED_PATCH))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.displayName").value("Renamed"))
        .andExpect(jsonPath("$.firstName").value("Li"))
        .andExpect(jsonPath("$.usageLocation").value("CN"))
        .andExpect(jsonPath("$.attributes.objectType").value("CustomerUser"));

    // the whole object as GET gave it, read-only noise included, with a new state
    String whole =
        mvc.perform(sdk(get(uri), agent())).andReturn().getResponse().getContentAsString();
    mvc.perform(
            sdk(patch(uri), agent())
                .contentType(SDK_JSON)
                .content(whole.replace("\"state\":\"active\"", "\"State\":\"Inactive\"")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("inactive"))
        .andExpect(jsonPath("$.displayName").value("Renamed"));

    mvc.perform(sdk(delete(uri), agent())).andExpect(status().isNoContent());
    mvc.perform(sdk(get(uri), agent()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.NOT_FOUND));
    mvc.perform(sdk(delete(uri), agent())).andExpect(status().isNotFound());
  }

  @Test
  void theDirectoryHasOneRoleCompanyAdministratorWhichNoCustomerUserHolds() throws Exception {
    CustomerUser user = aUserNamed("Li Lei", "lilei");
    mvc.perform(sdk(get("/v1/customers/" + customer.customerId() + "/directoryroles"), agent()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.items[0].id").value("62e90394-69f5-4237-9190-012177145e10"))
        .andExpect(jsonPath("$.items[0].name").value("Company Administrator"))
        .andExpect(jsonPath("$.items[0].attributes.objectType").value("DirectoryRole"))
        .andExpect(jsonPath("$.attributes.objectType").value("Collection"));
    mvc.perform(sdk(get(usersUri() + "/" + user.id() + "/directoryroles"), agent()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(0))
        .andExpect(jsonPath("$.items").isEmpty())
        .andExpect(
            jsonPath("$.links.self.uri")
                .value(
                    "customers/"
                        + customer.customerId()
                        + "/users/"
                        + user.id()
                        + "/directoryroles"));
    mvc.perform(sdk(get(usersUri() + "/" + UUID.randomUUID() + "/directoryroles"), agent()))
        .andExpect(status().isNotFound());
  }

  @Test
  void anotherPartnersCustomerIsNotFound() throws Exception {
    UUID stranger = partners.createPartner(aPartner(), SYSTEM);
    CreatedCustomer theirs = customers.createCustomer(stranger, aCustomer("Fabrikam"), SYSTEM);
    String theirUsers = "/v1/customers/" + theirs.customerId() + "/users";
    mvc.perform(sdk(get(theirUsers), agent()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.NOT_FOUND));
    mvc.perform(
            sdk(post(theirUsers + "/"), agent())
                .contentType(SDK_JSON)
                .content(CAPTURED_CREATE.replace(CAPTURED_DOMAIN, theirs.domain())))
        .andExpect(status().isNotFound());
    mvc.perform(sdk(get("/v1/customers/" + theirs.customerId() + "/directoryroles"), agent()))
        .andExpect(status().isNotFound());
    assertThat(users.list(theirs.customerId(), null, PageRequest.of(0, 5), SYSTEM)).isEmpty();
  }

  @Test
  void aCustomerThatRemovedThePartnersDelegatedAdminPrivilegesIsForbidden() throws Exception {
    CustomerUser user = aUserNamed("Li Lei", "lilei");
    CustomerAdminSignIn admin = admins.findSignIn(customer.adminSignInName()).orElseThrow();
    relationships.revokeDelegatedAdmin(
        customer.customerId(), partnerId, Actor.customerAdmin(admin.adminId(), admin.email()));
    for (MockHttpServletRequestBuilder refused :
        List.of(
            get(usersUri()),
            get(usersUri() + "/" + user.id()),
            post(usersUri() + "/").contentType(SDK_JSON).content(captured("wang")),
            patch(usersUri() + "/" + user.id()).contentType(SDK_JSON).content(CAPTURED_PATCH),
            delete(usersUri() + "/" + user.id()),
            get("/v1/customers/" + customer.customerId() + "/directoryroles"))) {
      mvc.perform(sdk(refused, agent()))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value(ApiFaultCodes.FORBIDDEN))
          .andExpect(
              jsonPath("$.description")
                  .value(
                      "The customer removed your delegated admin privileges, so you cannot"
                          + " manage its users."));
    }
    assertThat(users.list(customer.customerId(), null, PageRequest.of(0, 5), SYSTEM))
        .extracting(CustomerUser::displayName)
        .containsExactly("Li Lei");
  }

  @Test
  void salesAgentsAndAppOnlyTokensAreForbidden() throws Exception {
    String sales = userOf(partnerId, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    mvc.perform(sdk(get(usersUri()), ApiTestCallers.asUser(partners, sales)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.FORBIDDEN))
        .andExpect(jsonPath("$.data", contains(Permission.CUSTOMER_ADMINISTER.authority())));
    mvc.perform(
            sdk(post(usersUri() + "/"), ApiTestCallers.asUser(partners, sales))
                .contentType(SDK_JSON)
                .content(captured("wang")))
        .andExpect(status().isForbidden());

    // an application token, even one holding every permission, is App-only
    RequestPostProcessor app = ApiTestCallers.asApplication(partnerId);
    for (MockHttpServletRequestBuilder refused :
        List.of(
            get(usersUri()),
            post(usersUri() + "/").contentType(SDK_JSON).content(captured("wang")),
            get("/v1/customers/" + customer.customerId() + "/directoryroles"))) {
      mvc.perform(sdk(refused, app))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value(ApiFaultCodes.APP_USER_ONLY));
    }
    assertThat(users.list(customer.customerId(), null, PageRequest.of(0, 5), SYSTEM)).isEmpty();
  }

  @Test
  void badBodiesAre400NamingTheFieldAndSaveNothing() throws Exception {
    assertBadCreate(
        CAPTURED_CREATE.replace(",\"userPrincipalName\":\"wang@contoso.partner.onmschina.cn\"", ""),
        "userPrincipalName");
    // the captured domain is not this customer's
    assertBadCreate(CAPTURED_CREATE, "userPrincipalName");
    assertBadCreate(captured("wang").replace("abCD123*", "abcdefgh"), "passwordProfile.password");
    assertBadCreate(captured("wang").replace("abCD123*", "aB1*"), "passwordProfile.password");
    assertBadCreate(
        captured("wang").replace("\"usageLocation\":\"CN\"", "\"usageLocation\":\"China\""),
        "usageLocation");
    assertBadCreate(
        captured("wang").replace("\"usageLocation\":\"CN\"", "\"usageLocation\":\"XX\""),
        "usageLocation");
    assertBadCreate(captured("wang").replace("\"Wang Fang\"", "\"\""), "displayName");
    assertBadCreate(captured("wang").replace("\"wang@", "\"wang"), "userPrincipalName");
    // not JSON, and wrong types: unreadable bodies
    for (String unreadable :
        List.of(
            "not json",
            "",
            "[]",
            "{\"displayName\":{\"a\":1}}",
            captured("wang")
                .replace("\"forceChangePassword\":true", "\"forceChangePassword\":\"x\""),
            captured("wang").replaceFirst("\\{\"password\".*?}", "\"secret\""),
            captured("wang").replace("\"usageLocation\":\"CN\"", "\"state\":\"sleeping\""))) {
      createWithTrailingSlash(unreadable)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(ApiFaultCodes.MALFORMED_REQUEST));
    }
    assertThat(users.list(customer.customerId(), null, PageRequest.of(0, 5), SYSTEM)).isEmpty();

    CustomerUser user = aUserNamed("Li Lei", "lilei");
    String uri = usersUri() + "/" + user.id();
    assertBadPatch(uri, "{\"displayName\":\"\"}", "displayName");
    assertBadPatch(uri, "{\"usageLocation\":\"C1\"}", "usageLocation");
    assertBadPatch(
        uri, "{\"userPrincipalName\":\"other@" + customer.domain() + "\"}", "userPrincipalName");
    assertBadPatch(uri, "{\"passwordProfile\":{\"password\":\"abCD123*x\"}}", "passwordProfile");
    // an unknown state and a wrong type are unreadable, never an unexpected failure
    for (String unreadable : List.of("{\"state\":\"gone\"}", "{\"state\":7}", "{\"state\":[]}")) {
      mvc.perform(sdk(patch(uri), agent()).contentType(SDK_JSON).content(unreadable))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value(not(ApiFaultCodes.UNEXPECTED)));
    }
    mvc.perform(sdk(get(usersUri() + "/not-a-uuid"), agent()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.INVALID_INPUT));
    // the same sign-in name, in another case: nothing changes
    mvc.perform(
            sdk(patch(uri), agent())
                .contentType(SDK_JSON)
                .content("{\"userPrincipalName\":\"LiLei@" + customer.domain() + "\"}"))
        .andExpect(status().isOk());
    assertThat(users.find(customer.customerId(), user.id(), SYSTEM).toUpdate())
        .isEqualTo(user.toUpdate());
  }

  private void assertBadCreate(String body, String field) throws Exception {
    createWithTrailingSlash(body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.data", hasItem(field)));
  }

  private void assertBadPatch(String uri, String body, String field) throws Exception {
    mvc.perform(sdk(patch(uri), agent()).contentType(SDK_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.data", hasItem(field)));
  }
}
