package cn.csp.portal.web.security;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.web.PortalSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.RolePermissions;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.CustomerFixtures;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.web.api.ApiTestCallers;
import cn.csp.portal.web.portal.PortalSection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every partner page and form endpoint the application maps, against every combination of agent
 * role and admin role (spec section 4): each is refused with 403 exactly when the roles lack the
 * permission its section and its handler require, and otherwise answers without a 403 or a 5xx
 * (even a form posted empty). New endpoints join the test by themselves; one with a path variable
 * this test cannot fill fails it until the variable is added to {@link #pathValues}.
 *
 * <p>The API's rate limit is lifted: the matrix calls the API for one partner faster than the limit
 * allows (hundreds of calls in seconds, more on a faster machine), and a limited call answers 400
 * {@code RateLimited} instead of the permission's status. The limit is {@code ApiAccessIT}'s
 * subject.
 */
@IntegrationTest(
    properties = {
      "portal.api.rate-limit.requests-per-second=1000000",
      "portal.api.rate-limit.burst=1000000"
    })
@AutoConfigureMockMvc
class PermissionMatrixIT {

  /** Public pages, the operator console, and pages every signed-in user must reach. */
  private static final List<String> NOT_ROLE_GATED =
      List.of(
          "/",
          "/login",
          "/logout",
          "/enroll",
          "/recover",
          "/forbidden",
          "/error",
          "/operator",
          "/admin-center",
          "/actuator",
          "/enrollment",
          "/password",
          // My API tokens: every partner user manages their own
          "/account/api-tokens");

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final Actor SYSTEM = Actor.system("test");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private UUID partnerId;
  private Map<String, String> pathValues;

  record Endpoint(
      HttpMethod method, String pattern, Set<Permission> sectionAnyOf, Permission handler) {

    boolean allowedFor(Set<Permission> granted) {
      boolean section = sectionAnyOf.isEmpty() || sectionAnyOf.stream().anyMatch(granted::contains);
      return section && (handler == null || granted.contains(handler));
    }
  }

  @BeforeEach
  void partnerWithATargetUser() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    UUID target =
        partners.addUser(partnerId, aUser(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN), SYSTEM);
    UUID customer =
        customers
            .createCustomer(partnerId, CustomerFixtures.aCustomer("Matrix Co"), SYSTEM)
            .customerId();
    // a subscription of that customer, for the subscription pages
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, LocalDate.now(CHINA));
    UUID subscription =
        subscriptions
            .placeOrder(
                partnerId,
                customer,
                new NewOrder(
                    UUID.randomUUID().toString(),
                    List.of(
                        new OrderLine(
                            catalog.offersFor(partnerId).get(0).offerId(), 1, null, null))),
                SYSTEM)
            .lines()
            .get(0)
            .subscriptionId();
    // an unknown partnership token: allowed roles get 404, the others 403
    pathValues = new HashMap<>();
    // the /v1 API's routes: an agent locale, a line-item provider and type, unknown order/offer ids
    pathValues.putAll(
        Map.of(
            "agentLocale",
            "zh-CN",
            "provider",
            "office",
            "type",
            "BILLINGLINEITEMS",
            "orderId",
            UUID.randomUUID().toString(),
            "offerId",
            UUID.randomUUID().toString()));
    pathValues.putAll(
        Map.of(
            "userId",
            target.toString(),
            "customerId",
            customer.toString(),
            "subscriptionId",
            subscription.toString(),
            "token",
            "no-such-partnership-token",
            // a month without a published price list: allowed roles get 404, the others 403
            "month",
            "1999-01",
            // an invoice number never issued: allowed roles get 404, the others 403
            "invoiceId",
            "D000000000",
            // a support request and attachment that do not exist: allowed roles get 404
            "requestId",
            UUID.randomUUID().toString(),
            "attachmentId",
            UUID.randomUUID().toString(),
            // an API application that does not exist: global admins get 404, the others 403
            "applicationId",
            UUID.randomUUID().toString()));
  }

  @Test
  void everyEndpointAnswersEveryRoleCombinationAsTheMatrixSays() throws Exception {
    List<Endpoint> endpoints = partnerEndpoints();
    assertThat(endpoints).hasSizeGreaterThan(10);
    List<String> mismatches = new ArrayList<>();
    for (AgentRole agent : AgentRole.values()) {
      for (AdminRole admin : AdminRole.values()) {
        NewPartnerUser user = aUser(agent, admin);
        partners.addUser(partnerId, user, SYSTEM);
        MockHttpSession session = signIn(mvc, user.email());
        Set<Permission> granted = RolePermissions.of(agent, admin);
        for (Endpoint endpoint : endpoints) {
          MockHttpServletRequestBuilder call = request(endpoint.method(), uri(endpoint.pattern()));
          // the API answers the same user through a personal token, the pages through the session
          call =
              endpoint.pattern().startsWith("/v1/")
                  ? call.with(ApiTestCallers.asUser(partners, user.email()))
                  : call.session(session).with(csrf());
          int status = mvc.perform(call).andReturn().getResponse().getStatus();
          boolean allowed = endpoint.allowedFor(granted);
          if (allowed ? status == 403 || status >= 500 : status != 403) {
            mismatches.add(
                agent
                    + "+"
                    + admin
                    + " "
                    + endpoint.method()
                    + " "
                    + endpoint.pattern()
                    + " -> "
                    + status
                    + " (expected "
                    + (allowed ? "allowed" : "403")
                    + ")");
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** Spot checks of the spec 4 matrix as partners would phrase it. */
  @Test
  void readsLikeTheSpec() throws Exception {
    assertStatus(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, "/billing", 403);
    assertStatus(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, "/pricing", 403);
    assertStatus(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN, "/account", 403);
    assertStatus(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN, "/account/users", 403);
    assertStatus(AgentRole.NONE, AdminRole.USER_MANAGEMENT_ADMIN, "/account/users", 200);
    assertStatus(AgentRole.NONE, AdminRole.BILLING_ADMIN, "/billing", 200);
    assertStatus(AgentRole.NONE, AdminRole.BILLING_ADMIN, "/account/users", 403);
    assertStatus(AgentRole.NONE, AdminRole.BILLING_ADMIN, "/account/agreements", 200);
    assertStatus(AgentRole.NONE, AdminRole.GLOBAL_ADMIN, "/account/agreements", 200);
    // App management is for global admins; everyone has My API tokens
    assertStatus(AgentRole.NONE, AdminRole.GLOBAL_ADMIN, "/account/apps", 200);
    assertStatus(AgentRole.ADMIN_AGENT, AdminRole.USER_MANAGEMENT_ADMIN, "/account/apps", 403);
    assertStatus(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, "/account/api-tokens", 200);
    assertStatus(AgentRole.NONE, AdminRole.NO_ADMIN, "/account/api-tokens", 200);
    // the invoice PDF: billing admins may (an unknown invoice is not found), sales agents may not
    String pdf = "/billing/invoices/" + pathValues.get("invoiceId") + "/invoice.pdf";
    assertStatus(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, pdf, 403);
    assertStatus(AgentRole.NONE, AdminRole.BILLING_ADMIN, pdf, 404);
    // a customer's Service management: service health is not for sales agents (spec 2.25)
    String services = "/customers/" + pathValues.get("customerId") + "/services";
    assertStatus(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, services, 200);
    assertStatus(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, services + "/health", 403);
    assertStatus(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN, services + "/health", 200);
  }

  private void assertStatus(AgentRole agent, AdminRole admin, String path, int expected)
      throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    MockHttpSession session = signIn(mvc, user.email());
    assertThat(
            mvc.perform(request(HttpMethod.GET, path).session(session))
                .andReturn()
                .getResponse()
                .getStatus())
        .as(agent + "+" + admin + " GET " + path)
        .isEqualTo(expected);
  }

  private List<Endpoint> partnerEndpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (info.getPathPatternsCondition() == null) {
                return;
              }
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!isRoleGated(pattern)) {
                  continue;
                }
                for (RequestMethod method :
                    methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                  endpoints.add(
                      new Endpoint(
                          HttpMethod.valueOf(method.name()),
                          pattern,
                          sectionPermissions(pattern),
                          handlerPermission(handler)));
                }
              }
            });
    return endpoints;
  }

  private static boolean isRoleGated(String pattern) {
    return NOT_ROLE_GATED.stream()
        .noneMatch(
            open -> pattern.equals(open) || (!open.equals("/") && pattern.startsWith(open + "/")));
  }

  /**
   * API routes whose rule is a portal section's ("may open either kind of support request"), not
   * one permission: they are allowed exactly where that section is.
   */
  private static final Map<String, String> API_ROUTES_AS_SECTIONS =
      Map.of("/v1/servicerequests", "/support");

  private static Set<Permission> sectionPermissions(String route) {
    String pattern = API_ROUTES_AS_SECTIONS.getOrDefault(route, route);
    return Arrays.stream(PortalSection.values())
        .filter(s -> pattern.equals(s.path()) || pattern.startsWith(s.path() + "/"))
        .findFirst()
        .map(s -> Set.copyOf(s.permissions()))
        .orElse(Set.of());
  }

  private static Permission handlerPermission(HandlerMethod handler) {
    RequiresPermission required = PermissionInterceptor.requiredBy(handler);
    return required == null ? null : required.value();
  }

  private String uri(String pattern) {
    Matcher matcher = PATH_VARIABLE.matcher(pattern);
    StringBuilder uri = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = pathValues.get(name);
      if (value == null) {
        throw new AssertionError(
            "No value for {" + name + "} in " + pattern + ": add it to pathValues");
      }
      matcher.appendReplacement(uri, value);
    }
    matcher.appendTail(uri);
    return uri.toString();
  }
}
