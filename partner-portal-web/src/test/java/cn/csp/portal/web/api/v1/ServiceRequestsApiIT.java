package cn.csp.portal.web.api.v1;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.support.NewSupportRequest;
import cn.csp.portal.support.SupportCategory;
import cn.csp.portal.support.SupportContact;
import cn.csp.portal.support.SupportRequests;
import cn.csp.portal.support.SupportSeverity;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.api.ApiAuthentication;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiTestCallers;
import cn.csp.portal.web.api.model.ApiDates;
import cn.csp.portal.web.api.model.SupportTopics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /v1/servicerequests}: the bodies of contract 8.1 byte for byte (create, note, close), the
 * ServiceRequest shape of 8.2 and the enums of section 9, support topics, customer requests, and
 * the refusals (sales agent and App-only token 403, foreign ids 404, bad bodies 400).
 */
@IntegrationTest
@AutoConfigureMockMvc
class ServiceRequestsApiIT {

  /** Captured from the SDK (contract 8.1), byte for byte. */
  static final String CREATE =
      "{\"attributes\":{\"objectType\":\"ServiceRequest\"},\"severity\":\"minimal\",\"status\":\"none\",\"title\":\"Cannot assign license\",\n"
          + " \"description\":\"details\",\"supportTopicId\":\"32444671\"}";

  static final String NOTE =
      "{\"attributes\":{\"objectType\":\"ServiceRequest\"},\"severity\":\"unknown\",\"status\":\"none\",\"newNote\":{\"text\":\"Sample note\"}}";

  static final String CLOSE =
      "{\"attributes\":{\"objectType\":\"ServiceRequest\"},\"severity\":\"unknown\",\"status\":\"closed\"}";

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired SupportRequests requests;
  @Autowired JsonMapper json;

  private UUID partnerId;
  private NewPartnerUser admin;

  @BeforeEach
  void aPartnerWithAnAdmin() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    admin = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, admin, SYSTEM);
  }

  private String user(UUID partner, AgentRole agent, AdminRole adminRole) {
    NewPartnerUser user = aUser(agent, adminRole);
    partners.addUser(partner, user, SYSTEM);
    return user.email();
  }

  private MockHttpServletRequestBuilder sdk(MockHttpServletRequestBuilder request, String email) {
    return sdk(request, email, UUID.randomUUID().toString());
  }

  /** The SDK's headers (contract 5.1): a new MS-RequestId per call, the same on its retries. */
  private MockHttpServletRequestBuilder sdk(
      MockHttpServletRequestBuilder request, String email, String requestId) {
    return request
        .with(ApiTestCallers.asUser(partners, email))
        .header("MS-CorrelationId", UUID.randomUUID().toString())
        .header("MS-RequestId", requestId)
        .header("X-Locale", "en-US")
        .accept(MediaType.APPLICATION_JSON);
  }

  private MockHttpServletRequestBuilder withBody(
      MockHttpServletRequestBuilder request, String body) {
    return request.contentType("application/json; charset=utf-8").content(body);
  }

  private JsonNode answer(MockHttpServletRequestBuilder request, int status) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    JsonNode node = json.readTree(body);
    if (status >= 400) {
      assertThat(node.path("code").asString()).isNotBlank();
      assertThat(node.path("description").asString()).isNotBlank();
    }
    return node;
  }

  private JsonNode create(String email) throws Exception {
    return answer(sdk(withBody(post("/v1/servicerequests/zh-CN"), CREATE), email), 201);
  }

  @Test
  void createNoteAndCloseWithTheSdksBodies() throws Exception {
    JsonNode created = create(admin.email());
    String id = created.path("id").asString();
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(created.path("title").asString()).isEqualTo("Cannot assign license");
    assertThat(created.path("description").asString()).isEqualTo("details");
    assertThat(created.path("severity").asString()).isEqualTo("minimal");
    assertThat(created.path("status").asString()).isEqualTo("open");
    assertThat(created.path("supportTopicId").asString()).isEqualTo("32444671");
    assertThat(created.path("supportTopicName").asString())
        .isEqualTo("Customer and subscription management");
    assertThat(created.path("organization").path("id").asString()).isEqualTo(partnerId.toString());
    assertThat(created.path("organization").path("name").asString()).isNotBlank();
    assertThat(created.path("primaryContact").path("email").asString()).isEqualTo(admin.email());
    assertThat(created.path("primaryContact").path("firstName").asString()).isEqualTo("Fixture");
    assertThat(created.path("primaryContact").path("lastName").asString()).isEqualTo("User");
    assertThat(created.path("createdDate").asString()).endsWith("Z");
    assertThat(created.path("lastModifiedDate").asString()).endsWith("Z");
    assertThat(created.path("lastClosedDate").asString()).isEqualTo(ApiDates.NEVER);
    assertThat(created.path("countryCode").asString()).isEqualTo("CN");
    assertThat(created.path("notes").size()).isZero();
    assertThat(created.path("links").path("self").path("uri").asString())
        .isEqualTo("servicerequests/" + id);
    assertThat(created.path("attributes").path("objectType").asString())
        .isEqualTo("ServiceRequest");

    JsonNode noted =
        answer(sdk(withBody(patch("/v1/servicerequests/" + id), NOTE), admin.email()), 200);
    assertThat(noted.path("notes").size()).isEqualTo(1);
    assertThat(noted.path("notes").get(0).path("text").asString()).isEqualTo("Sample note");
    assertThat(noted.path("notes").get(0).path("createdByName").asString()).isNotBlank();
    assertThat(noted.path("notes").get(0).path("createdDate").asString()).endsWith("Z");
    assertThat(noted.path("status").asString()).isEqualTo("open");
    assertThat(noted.path("severity").asString()).isEqualTo("minimal");

    JsonNode closed =
        answer(sdk(withBody(patch("/v1/servicerequests/" + id), CLOSE), admin.email()), 200);
    assertThat(closed.path("status").asString()).isEqualTo("closed");
    assertThat(closed.path("lastClosedDate").asString()).isNotEqualTo(ApiDates.NEVER).endsWith("Z");
    // closing again with the whole object is "not changed", not an error
    answer(sdk(withBody(patch("/v1/servicerequests/" + id), CLOSE), admin.email()), 200);

    JsonNode read = answer(sdk(get("/v1/servicerequests/" + id), admin.email()), 200);
    assertThat(read.path("status").asString()).isEqualTo("closed");
    assertThat(read.path("notes").size()).isEqualTo(1);
  }

  @Test
  void aRetriedCreateWithTheSameRequestIdOpensOneRequest() throws Exception {
    String requestId = UUID.randomUUID().toString();
    JsonNode first =
        answer(
            sdk(withBody(post("/v1/servicerequests/zh-CN"), CREATE), admin.email(), requestId),
            201);
    JsonNode retried =
        answer(
            sdk(withBody(post("/v1/servicerequests/zh-CN"), CREATE), admin.email(), requestId),
            201);
    assertThat(retried.path("id").asString()).isEqualTo(first.path("id").asString());
    JsonNode list = answer(sdk(get("/v1/servicerequests"), admin.email()), 200);
    assertThat(list.path("totalCount").asInt()).isEqualTo(1);
  }

  @Test
  void theListPagesByOffsetAndFiltersByStatus() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(create(admin.email()).path("id").asString());
    }
    answer(sdk(withBody(patch("/v1/servicerequests/" + ids.get(0)), CLOSE), admin.email()), 200);

    JsonNode all = answer(sdk(get("/v1/servicerequests"), admin.email()), 200);
    assertThat(all.path("totalCount").asInt()).isEqualTo(3);
    assertThat(all.path("attributes").path("objectType").asString()).isEqualTo("Collection");

    List<String> walked = new ArrayList<>();
    String uri = "/v1/servicerequests?size=2&offset=0";
    while (uri != null) {
      JsonNode page = answer(sdk(get(uri), admin.email()), 200);
      page.path("items").forEach(item -> walked.add(item.path("id").asString()));
      JsonNode next = page.path("links").path("next");
      uri = next.isMissingNode() ? null : "/v1/" + next.path("uri").asString();
    }
    assertThat(walked).containsExactlyInAnyOrderElementsOf(ids);

    JsonNode open =
        answer(
            sdk(
                get("/v1/servicerequests")
                    .param("size", "10")
                    .param("offset", "0")
                    .param(
                        "filter",
                        "{\"value\":\"open\",\"field\":\"Status\",\"fieldType\":\"String\","
                            + "\"operator\":\"Equals\"}"),
                admin.email()),
            200);
    assertThat(open.path("totalCount").asInt()).isEqualTo(2);
    open.path("items").forEach(i -> assertThat(i.path("status").asString()).isEqualTo("open"));
  }

  @Test
  void supportTopicsAreTheCategoriesWithFixedIntIds() throws Exception {
    JsonNode topics = answer(sdk(get("/v1/servicerequests/supporttopics"), admin.email()), 200);
    assertThat(topics.path("totalCount").asInt()).isEqualTo(SupportCategory.values().length);
    List<Integer> ids = new ArrayList<>();
    topics
        .path("items")
        .forEach(
            t -> {
              assertThat(t.path("id").isInt()).isTrue();
              assertThat(t.path("name").asString()).isNotBlank();
              assertThat(t.path("description").asString()).isNotBlank();
              assertThat(t.path("attributes").path("objectType").asString())
                  .isEqualTo("SupportTopic");
              ids.add(t.path("id").asInt());
            });
    assertThat(ids).doesNotHaveDuplicates().contains(32444671);
    for (SupportCategory category : SupportCategory.values()) {
      assertThat(SupportTopics.categoryOf(Integer.toString(SupportTopics.idOf(category))))
          .contains(category);
    }
  }

  @Test
  void customerRequestsAreListedAndReadUnderTheirCustomer() throws Exception {
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("SR Customer"), SYSTEM).customerId();
    UUID otherCustomer =
        customers.createCustomer(partnerId, aCustomer("Other SR Customer"), SYSTEM).customerId();
    UUID requestId = customerRequest(customerId);
    create(admin.email());

    JsonNode list =
        answer(sdk(get("/v1/customers/" + customerId + "/servicerequests"), admin.email()), 200);
    assertThat(list.path("totalCount").asInt()).isEqualTo(1);
    assertThat(list.path("items").get(0).path("id").asString()).isEqualTo(requestId.toString());

    JsonNode one =
        answer(
            sdk(
                get("/v1/customers/" + customerId + "/servicerequests/" + requestId),
                admin.email()),
            200);
    assertThat(one.path("title").asString()).isEqualTo("Mailbox down");
    assertThat(one.path("severity").asString()).isEqualTo("critical");

    answer(
        sdk(get("/v1/customers/" + otherCustomer + "/servicerequests/" + requestId), admin.email()),
        404);
    answer(sdk(get("/v1/customers/" + UUID.randomUUID() + "/servicerequests"), admin.email()), 404);
    answer(sdk(get("/v1/customers/not-a-uuid/servicerequests"), admin.email()), 404);
  }

  @Autowired cn.csp.portal.subscription.Subscriptions subscriptions;
  @Autowired cn.csp.portal.subscription.OfferCatalog catalog;
  @Autowired cn.csp.portal.subscription.PriceLists priceLists;
  @Autowired java.time.Clock clock;

  /**
   * A customer request about a service the customer has (it bought E3), opened through the facade:
   * the API opens Partner Center requests only.
   */
  private UUID customerRequest(UUID customerId) {
    cn.csp.portal.testsupport.PriceListFixtures.ensurePublishedAround(
        priceLists,
        catalog,
        java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
    cn.csp.portal.web.billing.InvoicedPartners.orderFiveE3(
        catalog, subscriptions, partnerId, customerId);
    CloudService service =
        subscriptions.servicesOf(partnerId, customerId, SYSTEM).stream().findFirst().orElseThrow();
    UUID adminId = partners.findSignIn(admin.email()).orElseThrow().userId();
    return requests
        .open(
            partnerId,
            new NewSupportRequest(
                customerId,
                service.name(),
                SupportCategory.TECHNICAL,
                SupportSeverity.CRITICAL,
                "Mailbox down",
                "Exchange rejects mail",
                new SupportContact("Li", "Lei", "li@example.cn", null),
                null,
                null,
                null,
                List.of(),
                "zh-CN"),
            List.of(),
            Actor.partnerUser(adminId, admin.email()))
        .id();
  }

  @Test
  void salesAgentsAndAppOnlyTokensAre403ForeignAndUnknownIds404() throws Exception {
    String id = create(admin.email()).path("id").asString();
    String sales = user(partnerId, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    answer(sdk(get("/v1/servicerequests"), sales), 403);
    answer(sdk(get("/v1/servicerequests/" + id), sales), 403);
    answer(sdk(withBody(post("/v1/servicerequests/zh-CN"), CREATE), sales), 403);
    answer(sdk(withBody(patch("/v1/servicerequests/" + id), NOTE), sales), 403);

    ApiCaller app =
        new ApiCaller(
            partnerId,
            new Actor(ActorType.API_APPLICATION, UUID.randomUUID(), "demo-app"),
            EnumSet.allOf(Permission.class));
    answer(
        get("/v1/servicerequests")
            .with(authentication(new ApiAuthentication(app)))
            .accept(MediaType.APPLICATION_JSON),
        403);

    UUID other = partners.createPartner(aPartner(), SYSTEM);
    String foreign = user(other, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    answer(sdk(get("/v1/servicerequests/" + id), foreign), 404);
    answer(sdk(withBody(patch("/v1/servicerequests/" + id), CLOSE), foreign), 404);
    answer(sdk(get("/v1/servicerequests/" + UUID.randomUUID()), admin.email()), 404);
    answer(sdk(get("/v1/servicerequests/616122292874576"), admin.email()), 404);
  }

  @Test
  void badBodiesAndParametersAre400() throws Exception {
    String id = create(admin.email()).path("id").asString();
    String create = "/v1/servicerequests/zh-CN";
    answer(sdk(withBody(post(create), CREATE.replace("minimal", "urgent")), admin.email()), 400);
    answer(sdk(withBody(post(create), CREATE.replace("minimal", "unknown")), admin.email()), 400);
    answer(
        sdk(
            withBody(post(create), CREATE.replace("\"title\":\"Cannot assign license\",\n", "")),
            admin.email()),
        400);
    answer(sdk(withBody(post(create), CREATE.replace("32444671", "1")), admin.email()), 400);
    answer(sdk(withBody(post(create), "not json"), admin.email()), 400);
    answer(sdk(withBody(post(create), ""), admin.email()), 400);
    answer(sdk(withBody(post("/v1/servicerequests/not a locale!"), CREATE), admin.email()), 400);
    answer(sdk(get("/v1/servicerequests?size=-1"), admin.email()), 400);
    answer(sdk(get("/v1/servicerequests?size=1001"), admin.email()), 400);
    answer(sdk(get("/v1/servicerequests?filter=nonsense"), admin.email()), 400);
    answer(
        sdk(
            get("/v1/servicerequests")
                .param("filter", "{\"field\":\"Status\",\"operator\":\"equals\",\"value\":\"x\"}"),
            admin.email()),
        400);

    String patch = "/v1/servicerequests/" + id;
    answer(sdk(withBody(patch(patch), NOTE.replace("unknown", "critical")), admin.email()), 400);
    answer(
        sdk(withBody(patch(patch), CLOSE.replace("closed", "attention_needed")), admin.email()),
        400);
    answer(sdk(withBody(patch(patch), CLOSE.replace("closed", "pending")), admin.email()), 400);
    answer(sdk(withBody(patch(patch), NOTE.replace("Sample note", " ")), admin.email()), 400);
    answer(sdk(withBody(patch(patch), "{"), admin.email()), 400);
  }
}
