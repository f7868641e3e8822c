package cn.csp.portal.web.security;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@AutoConfigureMockMvc
class PortalSecurityIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired OperatorAccounts operators;
  @Autowired JdbcClient jdbc;

  private UUID partnerId;

  @BeforeEach
  void partner() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
  }

  private String userWith(AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    return user.email();
  }

  private MockHttpSession signIn(String email) throws Exception {
    MvcResult result =
        mvc.perform(formLogin("/login").user(email).password(PASSWORD))
            .andExpect(redirectedUrl("/dashboard"))
            .andReturn();
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  @Test
  void anonymousVisitorsAreSentToSignIn() throws Exception {
    mvc.perform(get("/dashboard")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/customers")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void publicPagesAreOpen() throws Exception {
    mvc.perform(get("/")).andExpect(status().isOk());
    mvc.perform(get("/login")).andExpect(status().isOk());
    mvc.perform(get("/enroll")).andExpect(status().isOk());
    mvc.perform(get("/recover")).andExpect(status().isOk());
  }

  @Test
  void signingInShowsThePartnersDashboard() throws Exception {
    MockHttpSession session = signIn(userWith(AgentRole.NONE, AdminRole.GLOBAL_ADMIN));

    mvc.perform(get("/dashboard").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Fixture Partner")));
  }

  @Test
  void aWrongPasswordAndAnUnknownUserFailAlike() throws Exception {
    String email = userWith(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);

    mvc.perform(formLogin("/login").user(email).password("wrong-password"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin("/login").user("nobody@nowhere.example").password("wrong-password"))
        .andExpect(redirectedUrl("/login?error"));

    long failures =
        jdbc.sql(
                "select count(*) from audit_log where action = 'signin.failed' "
                    + "and details->>'signInName' = :email")
            .param("email", email)
            .query(Long.class)
            .single();
    assertThat(failures).isEqualTo(1);
  }

  @Test
  void signInWithoutCsrfTokenIsRefused() throws Exception {
    String email = userWith(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    mvc.perform(post("/login").param("username", email).param("password", PASSWORD))
        .andExpect(status().isForbidden());
  }

  static Stream<Arguments> sectionAccess() {
    // role, path, allowed? (spec section 4)
    return Stream.of(
        Arguments.of(AgentRole.NONE, AdminRole.GLOBAL_ADMIN, "/develop", true),
        Arguments.of(AgentRole.NONE, AdminRole.GLOBAL_ADMIN, "/billing", true),
        Arguments.of(AgentRole.NONE, AdminRole.GLOBAL_ADMIN, "/customers", true),
        Arguments.of(AgentRole.NONE, AdminRole.BILLING_ADMIN, "/billing", true),
        Arguments.of(AgentRole.NONE, AdminRole.BILLING_ADMIN, "/pricing", true),
        Arguments.of(AgentRole.NONE, AdminRole.BILLING_ADMIN, "/customers", false),
        Arguments.of(AgentRole.NONE, AdminRole.USER_MANAGEMENT_ADMIN, "/account", true),
        Arguments.of(AgentRole.NONE, AdminRole.USER_MANAGEMENT_ADMIN, "/billing", false),
        Arguments.of(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN, "/billing", true),
        Arguments.of(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN, "/support", true),
        Arguments.of(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN, "/develop", false),
        Arguments.of(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, "/customers", true),
        Arguments.of(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, "/partners", true),
        Arguments.of(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, "/pricing", false),
        Arguments.of(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, "/billing", false),
        Arguments.of(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, "/support", false),
        Arguments.of(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, "/account", false),
        Arguments.of(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN, "/customers", true),
        Arguments.of(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN, "/support", true),
        Arguments.of(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN, "/account", false),
        Arguments.of(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN, "/pricing", false),
        Arguments.of(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN, "/partners", false));
  }

  @ParameterizedTest(name = "{0} + {1} on {2}: allowed={3}")
  @MethodSource("sectionAccess")
  void sectionsAreOpenOnlyToTheirRoles(
      AgentRole agent, AdminRole admin, String path, boolean allowed) throws Exception {
    MockHttpSession session = signIn(userWith(agent, admin));

    mvc.perform(get(path).session(session))
        .andExpect(allowed ? status().isOk() : status().isForbidden());
    mvc.perform(get(path + "/anything-below").session(session))
        .andExpect(allowed ? status().isNotFound() : status().isForbidden());
  }

  @Test
  void theNavigationShowsOnlyWhatTheServerAllows() throws Exception {
    MockHttpSession sales = signIn(userWith(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN));

    String page =
        mvc.perform(get("/dashboard").session(sales))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("id=\"nav-customers\"", "id=\"tile-customers\"");
    assertThat(page).doesNotContain("nav-billing", "tile-billing", "nav-pricing", "nav-support");
  }

  @Test
  void anonymousVisitorsGetNoPortalMenu() throws Exception {
    String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(page).doesNotContain("id=\"main-nav\"", "id=\"nav-dashboard\"");
  }

  @Test
  void partnerUsersAndOperatorsStayInTheirOwnAreas() throws Exception {
    String partnerEmail = userWith(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    String operatorEmail = PartnerFixtures.uniqueEmail("operator");
    operators.createOperator(new NewOperator("Op", operatorEmail, PASSWORD), SYSTEM);

    // each sign-in page knows only its own people
    mvc.perform(formLogin("/login").user(operatorEmail).password(PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin("/operator/login").user(partnerEmail).password(PASSWORD))
        .andExpect(redirectedUrl("/operator/login?error"));

    // a partner session does not open the console, an operator session does not open the portal
    MockHttpSession partnerSession = signIn(partnerEmail);
    mvc.perform(get("/operator").session(partnerSession))
        .andExpect(redirectedUrl("/operator/login"));
    MvcResult operatorSignIn =
        mvc.perform(formLogin("/operator/login").user(operatorEmail).password(PASSWORD))
            .andExpect(redirectedUrl("/operator"))
            .andReturn();
    MockHttpSession operatorSession =
        (MockHttpSession) operatorSignIn.getRequest().getSession(false);
    mvc.perform(get("/operator").session(operatorSession)).andExpect(status().isOk());
    mvc.perform(get("/dashboard").session(operatorSession)).andExpect(redirectedUrl("/login"));
  }

  @Test
  void signingOutEndsTheSessionAndKeepsTheLanguage() throws Exception {
    MockHttpSession session = signIn(userWith(AgentRole.NONE, AdminRole.GLOBAL_ADMIN));
    mvc.perform(get("/dashboard").param("lang", "ru").session(session)).andExpect(status().isOk());

    mvc.perform(post("/logout").with(csrf()).session(session))
        .andExpect(redirectedUrl("/login?signedOut&lang=ru"));

    assertThat(session.isInvalid()).isTrue();
    mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/login"));
  }

  @Test
  void responsesCarrySecurityHeadersAndARequestId() throws Exception {
    mvc.perform(get("/login").header("X-Request-Id", "client-chosen-id-1"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("default-src 'self'")))
        .andExpect(header().string("X-Request-Id", "client-chosen-id-1"));
    mvc.perform(get("/login").header("X-Request-Id", "not a sane id <script>"))
        .andExpect(
            header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
  }

  @Test
  void theLanguageDefaultsToChineseAndSticksForTheSession() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(get("/login").session(session))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("登录到合作伙伴中心")));
    mvc.perform(get("/login").param("lang", "en").session(session))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Sign in to Partner Center")));
    mvc.perform(get("/login").session(session))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Sign in to Partner Center")));
    mvc.perform(get("/login").param("lang", "xx").session(session))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Sign in to Partner Center")));
    mvc.perform(get("/login").param("lang", "ru").session(session))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Вход в Центр партнеров")));
  }

  @Test
  void healthIsPublicAndMetricsOnlyForTheMetricsNetwork() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("\"db\":{\"status\":\"UP\"}")));
    // one pool, one set of gauges (the session store's handle on it is not reported apart)
    mvc.perform(get("/actuator/prometheus"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString(
                            "jdbc_connections_active{name=\"dataSource\"}"),
                        org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("name=\"session\"")))));
    mvc.perform(
            get("/actuator/prometheus")
                .with(
                    request -> {
                      request.setRemoteAddr("203.0.113.9");
                      return request;
                    }))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/env")).andExpect(status().isForbidden());
  }
}
