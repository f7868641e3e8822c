package cn.csp.portal.web.api;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.RolePermissions;
import cn.csp.portal.testsupport.CustomerFixtures;
import cn.csp.portal.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends malformed requests to every {@code /v1} route the application maps (found at run time, so a
 * new route is fuzzed without editing this test): broken and hostile bodies, wrong types, bad
 * paging and filter parameters, garbage continuation tokens, odd ids, every HTTP method and media
 * type. No answer may be 5xx or any other status the SDK retries forever, and every error must be
 * an ApiFault JSON. Deterministic: the random parts come from a fixed seed.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ApiFuzzIT {

  /** The statuses the Partner Center SDK handles without retrying forever (contract 5.3). */
  private static final Set<Integer> HANDLED = Set.of(200, 201, 204, 400, 401, 403, 404, 409);

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private static final List<String> BODIES =
      List.of(
          "",
          "{",
          "null",
          "[]",
          "42",
          "\"text\"",
          "{}",
          "{\"attributes\":{\"objectType\":\"Nothing\"}}",
          "{\"quantity\":\"abc\",\"status\":\"pending\",\"severity\":\"urgent\"}",
          "{\"quantity\":-1,\"status\":\"suspended\",\"lineItems\":[{\"offerId\":null}]}",
          "{\"quantity\":99999999999999999999,\"companyProfile\":[],\"billingProfile\":\"x\"}",
          "{\"lineItems\":{},\"newNote\":{\"text\":null},\"passwordProfile\":7}",
          "{\"billingCycle\":\"weekly\",\"referenceCustomerId\":\"not-a-uuid\"}",
          "{\"companyProfile\":{\"domain\":\"../../etc\",\"companyName\":\"\"},"
              + "\"billingProfile\":{\"email\":\"no-at\",\"defaultAddress\":{\"country\":\"ZZ\"}}}",
          "{\"userPrincipalName\":\"@@@\",\"displayName\":\"" + "x".repeat(5000) + "\"}",
          "{\"email\":\"<script>\",\"defaultAddress\":null,\"companyName\":\"\\u0000\"}",
          "[".repeat(2000) + "]".repeat(2000),
          "{\"a\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1501));

  private static final List<Map<String, String>> QUERIES =
      List.of(
          Map.of(),
          Map.of("size", "-1"),
          Map.of("size", "abc"),
          Map.of("size", "100000", "offset", "-5"),
          Map.of("offset", "x", "seekOperation", "Bogus"),
          Map.of("filter", "{not json"),
          Map.of("filter", "{\"field\":\"Nope\",\"operator\":\"explodes\",\"value\":1}"),
          Map.of("filter", "[]", "country", "ZZ"),
          Map.of("order_id", "'; drop table customer; --", "mpn_id", "x".repeat(300)),
          Map.of("country", "", "include_price", "maybe"),
          Map.of(
              "currencyCode",
              "XXX",
              "invoiceLineItemType",
              "nothing",
              "period",
              "someday",
              "provider",
              "bogus"));

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final JsonMapper json = JsonMapper.builder().build();
  private final Random random = new Random(20261124);

  private UUID partnerId;
  private String customerId;
  private RequestPostProcessor user;
  private RequestPostProcessor app;

  @BeforeEach
  void partnerWithACustomer() {
    partnerId = partners.createPartner(aPartner(), Actor.system("test"));
    NewPartnerUser admin = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, admin, Actor.system("test"));
    customerId =
        customers
            .createCustomer(
                partnerId, CustomerFixtures.aCustomer("Fuzz Customer"), Actor.system("t"))
            .customerId()
            .toString();
    user = ApiTestCallers.asUser(partners, admin.email());
    app =
        SecurityMockMvcRequestPostProcessors.authentication(
            new ApiAuthentication(
                new ApiCaller(
                    partnerId,
                    new Actor(ActorType.API_APPLICATION, UUID.randomUUID(), "fuzz-app"),
                    RolePermissions.of(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN))));
  }

  /** The route templates mapped under /v1, with the methods each one declares. */
  private Map<String, Set<RequestMethod>> apiRoutes() {
    Map<String, Set<RequestMethod>> routes = new TreeMap<>();
    // paths no controller maps: unknown resources, doubled and encoded slashes, traversal
    for (String unmapped :
        List.of(
            "/v1/no-such-resource",
            "/v1//customers",
            "/v1/customers/%2e%2e/%2e%2e/actuator",
            "/v1/customers;jsessionid=x",
            "/v1/%00")) {
      routes.put(unmapped, Set.of());
    }
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/v1/")) {
          routes.put(pattern, info.getMethodsCondition().getMethods());
        }
      }
    }
    return routes;
  }

  @Test
  void everyRouteAnswersMalformedRequestsWithAHandledStatusAndAFault() throws Exception {
    Map<String, Set<RequestMethod>> routes = apiRoutes();
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Map.Entry<String, Set<RequestMethod>> route : routes.entrySet()) {
      for (String path : concretePaths(route.getKey())) {
        for (HttpMethod method :
            List.of(
                HttpMethod.GET,
                HttpMethod.POST,
                HttpMethod.PUT,
                HttpMethod.PATCH,
                HttpMethod.DELETE)) {
          boolean declared =
              route.getValue().isEmpty()
                  || route.getValue().contains(RequestMethod.valueOf(method.name()));
          List<String> bodies = declared && method != HttpMethod.GET ? BODIES : List.of("{}");
          for (String body : bodies) {
            for (Map<String, String> query :
                declared ? QUERIES : List.of(Map.<String, String>of())) {
              requests++;
              check(method, path, query, body, MediaType.APPLICATION_JSON, user, failures);
            }
          }
        }
        requests += 4;
        check(HttpMethod.POST, path, Map.of(), "a=b", MediaType.TEXT_PLAIN, user, failures);
        check(
            HttpMethod.PATCH,
            path,
            Map.of(),
            randomBytes(),
            MediaType.APPLICATION_OCTET_STREAM,
            user,
            failures);
        check(HttpMethod.GET, path, Map.of(), "", MediaType.APPLICATION_JSON, app, failures);
        check(HttpMethod.GET, path, Map.of(), "", MediaType.APPLICATION_JSON, null, failures);
      }
    }
    assertThat(requests).as("requests sent").isGreaterThan(routes.size() * 100);
    assertThat(failures).as("answers the SDK cannot handle").isEmpty();
  }

  /** The route with its variables filled: the partner's own customer, unknown ids, odd text. */
  private List<String> concretePaths(String template) {
    List<String> paths = new ArrayList<>();
    for (String odd : List.of(UUID.randomUUID().toString(), "not-an-id", "%20", "9".repeat(40))) {
      Matcher m = VARIABLE.matcher(template);
      StringBuilder path = new StringBuilder();
      while (m.find()) {
        String name = m.group(1).toLowerCase();
        boolean customer = name.equals("cid") || name.contains("customer");
        m.appendReplacement(path, Matcher.quoteReplacement(customer ? customerId : odd));
      }
      m.appendTail(path);
      paths.add(path.toString());
    }
    return paths.stream().distinct().toList();
  }

  private String randomBytes() {
    byte[] bytes = new byte[64];
    random.nextBytes(bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private void check(
      HttpMethod method,
      String path,
      Map<String, String> query,
      String body,
      MediaType contentType,
      RequestPostProcessor caller,
      List<String> failures)
      throws Exception {
    MockHttpServletRequestBuilder request =
        request(method, path)
            .contentType(contentType)
            .accept(MediaType.APPLICATION_JSON)
            .header("X-Locale", "en-US")
            .header("MS-ContinuationToken", "garbage-" + random.nextInt(1000))
            .content(body);
    query.forEach(request::queryParam);
    if (caller != null) {
      request.with(caller);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    String what = method + " " + path + " " + query + " body=" + abbreviate(body);
    int status = response.getStatus();
    if (!HANDLED.contains(status)) {
      failures.add(status + " for " + what);
    } else if (status >= 400 && !isFault(response.getContentAsString(StandardCharsets.UTF_8))) {
      failures.add(status + " without an ApiFault body for " + what);
    }
  }

  private boolean isFault(String body) {
    try {
      JsonNode fault = json.readTree(body);
      return fault.hasNonNull("code") && fault.hasNonNull("description");
    } catch (RuntimeException notJson) {
      return false;
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 60 ? body.substring(0, 60) + "…" : body;
  }
}
