package cn.csp.portal.web.config;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiAccess.IssuedClientSecret;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.MockMvcSessionCookies;
import cn.csp.portal.web.StoredSessions;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC): a sign-in writes a row that the cookie alone
 * finds again, with the configured timeout and cookie attributes; signing out deletes it; a failed
 * sign-in leaves no typed password in the stored session; and the stateless {@code /v1} API (and
 * its token endpoint) never creates one.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SessionStoreIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final String COOKIE = "SESSION";

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired ApiAccess access;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  private StoredSessions sessions;
  private UUID partnerId;
  private NewPartnerUser admin;
  private UUID adminId;

  @BeforeEach
  void aPartnerWithAGlobalAdmin() {
    sessions = new StoredSessions(jdbc);
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    admin = aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    adminId = partners.addUser(partnerId, admin, SYSTEM);
  }

  @Test
  void aSignInIsARowInPostgresThatTheCookieAloneFindsAndSigningOutDeletesIt() throws Exception {
    MvcResult signedIn =
        mvc.perform(formLogin("/login").user(admin.email()).password(PASSWORD))
            .andExpect(redirectedUrl("/dashboard"))
            .andReturn();
    Cookie cookie = signedIn.getResponse().getCookie(COOKIE);
    assertThat(cookie).as("Spring Session's cookie").isNotNull();
    // (its HttpOnly and SameSite attributes come from server.servlet.session.cookie.* on a real
    // server, which BrowserJourneyIT checks; MockMvc's mock servlet context has its own)
    // the servlet container's session is never used: it holds only this test's cookie jar
    assertThat(Collections.list(signedIn.getRequest().getSession().getAttributeNames()))
        .singleElement()
        .satisfies(name -> assertThat(name).startsWith(MockMvcSessionCookies.class.getName()));

    String sessionId = StoredSessions.idInCookie(cookie.getValue());
    assertThat(sessions.exists(sessionId)).isTrue();
    // server.servlet.session.timeout=30m
    assertThat(sessions.maxInactiveSeconds(sessionId)).isEqualTo(30 * 60);
    Object context = sessions.attributes(sessionId).get("PORTAL_PARTNER_SECURITY_CONTEXT");
    assertThat(context).isInstanceOf(SecurityContext.class);
    assertThat(((SecurityContext) context).getAuthentication().getPrincipal())
        .isInstanceOfSatisfying(
            PartnerUserPrincipal.class, p -> assertThat(p.userId()).isEqualTo(adminId));

    // a request with nothing but the cookie is signed in: the session is read from the database
    mvc.perform(get("/dashboard").cookie(new Cookie(COOKIE, cookie.getValue())))
        .andExpect(status().isOk());

    mvc.perform(post("/logout").with(csrf()).cookie(new Cookie(COOKIE, cookie.getValue())))
        .andExpect(redirectedUrl("/login?signedOut"));
    assertThat(sessions.exists(sessionId)).isFalse();
    mvc.perform(get("/dashboard").cookie(new Cookie(COOKIE, cookie.getValue())))
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void whatSignsInIsTheRowNotTheNode() throws Exception {
    MockHttpSession browser = new MockHttpSession();
    String sessionId = signIn(browser);
    mvc.perform(get("/dashboard").session(browser)).andExpect(status().isOk());

    // as when the session expired, or another node signed the user out
    jdbc.sql("delete from spring_session where session_id = ?").param(sessionId).update();
    mvc.perform(get("/dashboard").session(browser)).andExpect(redirectedUrl("/login"));
  }

  @Test
  void aRequestWritesItsSessionsLastAccessOnlyWhenTheStoredOneIsAMinuteOld() throws Exception {
    MockHttpSession browser = new MockHttpSession();
    String sessionId = signIn(browser);
    String rowVersion = rowVersion(sessionId);

    // portal.session.touch-interval=60s: the session's row is not written at all
    mvc.perform(get("/dashboard").session(browser)).andExpect(status().isOk());
    mvc.perform(get("/customers").session(browser)).andExpect(status().isOk());
    assertThat(rowVersion(sessionId)).isEqualTo(rowVersion);

    // as if the user had been idle for two minutes: the next request moves the expiry on
    sessions.idleFor(sessionId, Duration.ofMinutes(2));
    long idleSince = sessions.lastAccess(sessionId);
    mvc.perform(get("/dashboard").session(browser)).andExpect(status().isOk());
    assertThat(sessions.lastAccess(sessionId)).isGreaterThan(idleSince + 60_000);
  }

  /** Signs the admin in with the browser's cookie jar; the id of the stored session. */
  private String signIn(MockHttpSession browser) throws Exception {
    mvc.perform(
            post("/login")
                .with(csrf())
                .session(browser)
                .param("username", admin.email())
                .param("password", PASSWORD))
        .andExpect(redirectedUrl("/dashboard"));
    return StoredSessions.idOf(browser);
  }

  /** Changes whenever PostgreSQL writes a new version of the session's row. */
  private String rowVersion(String sessionId) {
    return jdbc.sql("select xmin::text from spring_session where session_id = ?")
        .param(sessionId)
        .query(String.class)
        .single();
  }

  @Test
  void aFailedSignInKeepsNoTypedPasswordInTheStoredSession() throws Exception {
    MockHttpSession browser = new MockHttpSession();
    // the sign-in page's CSRF token opens the session
    mvc.perform(get("/login").session(browser)).andExpect(status().isOk());
    String sessionId = StoredSessions.idOf(browser);
    String typed = "Almost-" + PASSWORD;

    mvc.perform(
            post("/login")
                .with(csrf())
                .session(browser)
                .param("username", admin.email())
                .param("password", typed))
        .andExpect(redirectedUrl("/login?error"));

    assertThat(sessions.exists(sessionId)).isTrue();
    byte[] password = typed.getBytes(StandardCharsets.UTF_8);
    sessions
        .raw(sessionId)
        .forEach(
            (name, bytes) ->
                assertThat(indexOf(bytes, password))
                    .as("password in attribute " + name)
                    .isEqualTo(-1));
    assertThat(sessions.raw(sessionId)).doesNotContainKey("SPRING_SECURITY_LAST_EXCEPTION");
  }

  @Test
  void theApiAndItsTokenEndpointCreateNoSession() throws Exception {
    IssuedClientSecret app =
        access.registerApplication(
            partnerId, "Session check", Actor.partnerUser(adminId, admin.email()));
    long before = sessions.count();
    List<MvcResult> calls = new ArrayList<>();

    MvcResult token =
        mvc.perform(
                post("/oauth2/token")
                    .param("grant_type", "client_credentials")
                    .param("client_id", app.clientId())
                    .param("client_secret", app.clientSecret()))
            .andExpect(status().isOk())
            .andReturn();
    calls.add(token);
    String bearer =
        "Bearer "
            + json.readTree(token.getResponse().getContentAsString())
                .get("access_token")
                .asString();
    // a page's ?lang= would store the language in a session; the API's does not
    calls.add(
        mvc.perform(
                get("/v1/customers").param("lang", "en").header(HttpHeaders.AUTHORIZATION, bearer))
            .andExpect(status().isOk())
            .andReturn());
    calls.add(
        mvc.perform(get("/v1/no-such-resource").header(HttpHeaders.AUTHORIZATION, bearer))
            .andExpect(status().isNotFound())
            .andReturn());
    calls.add(mvc.perform(get("/v1/customers")).andExpect(status().isUnauthorized()).andReturn());
    calls.add(
        mvc.perform(post("/oauth2/token").param("grant_type", "client_credentials"))
            .andExpect(status().isUnauthorized())
            .andReturn());

    for (MvcResult call : calls) {
      assertThat(call.getResponse().getCookie(COOKIE))
          .as(call.getRequest().getRequestURI())
          .isNull();
    }
    assertThat(sessions.count()).isEqualTo(before);
  }

  /** Where {@code part} starts in {@code bytes}, or -1. */
  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
