package cn.csp.portal.web.api;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiAccess.IssuedClientSecret;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUsers;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PersonalTokenValidity;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.security.RequiresPermission;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access to {@code /v1}: the token endpoint (client credentials), bearer validation with the
 * database-held key, App-only versus personal App+User tokens resolved from the database on every
 * request, and the per-partner rate limit (tiny here; each test has a partner, so its own bucket).
 */
@IntegrationTest(
    properties = {"portal.api.rate-limit.requests-per-second=1", "portal.api.rate-limit.burst=12"})
@AutoConfigureMockMvc
@Import(ApiAccessIT.CallerEcho.class)
class ApiAccessIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final String UNKNOWN_ROUTE = "/v1/no-such-resource";
  private static final String ECHO = "/v1/test-only/caller";

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerUsers users;
  @Autowired ApiAccess access;
  @Autowired ApiTokens apiTokens;
  @Autowired JwtEncoder encoder;
  @Autowired JsonMapper json;

  private UUID partnerId;
  private Actor globalAdmin;
  private IssuedClientSecret app;

  /** A route only App+User tokens reach, needing a permission App-only tokens have as well. */
  @TestConfiguration
  @RestController
  @AppUserOnly
  static class CallerEcho {

    @GetMapping(ECHO)
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    Map<String, Object> caller(@AuthenticationPrincipal ApiCaller caller) {
      return Map.of(
          "partnerId", caller.partnerId(),
          "actorType", caller.actor().type(),
          "actorId", caller.actor().id());
    }
  }

  @BeforeEach
  void partnerWithAnApplication() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    globalAdmin = member(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    app = access.registerApplication(partnerId, "Integration", globalAdmin);
  }

  private Actor member(AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    return Actor.partnerUser(partners.addUser(partnerId, user, SYSTEM), user.email());
  }

  @Test
  void theTokenEndpointIssuesAnAppOnlyTokenForBasicAndPostCredentials() throws Exception {
    String basic = tokenWithBasic(app.clientId(), app.clientSecret());
    mvc.perform(
            post("/oauth2/token")
                .param("grant_type", "client_credentials")
                .param("client_id", app.clientId())
                .param("client_secret", app.clientSecret()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.token_type").value("Bearer"))
        .andExpect(jsonPath("$.access_token").isString());

    JsonNode claims = claimsOf(basic);
    assertThat(claims.get("partner_id").asString()).isEqualTo(partnerId.toString());
    assertThat(claims.get("kind").asString()).isEqualTo("app");
    assertThat(claims.get("sub").asString()).isEqualTo(app.clientId());
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
    // authenticated: the call reaches routing, which knows no such route
    bearer(get(UNKNOWN_ROUTE), basic)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.ROUTE_NOT_FOUND));
  }

  @Test
  void aWrongSecretOrUnknownClientIsAnOAuthErrorNotASignInPage() throws Exception {
    mvc.perform(
            post("/oauth2/token")
                .with(httpBasic(app.clientId(), "wrong-secret"))
                .param("grant_type", "client_credentials"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("invalid_client"));
    mvc.perform(
            post("/oauth2/token")
                .with(httpBasic("no-such-client", "secret"))
                .param("grant_type", "client_credentials"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("invalid_client"));
    mvc.perform(post("/oauth2/token").param("grant_type", "client_credentials"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.error").value("invalid_client"));
  }

  @Test
  void missingGarbageForeignAndExpiredTokensAre401Faults() throws Exception {
    unauthorized(mvc.perform(get(UNKNOWN_ROUTE)));
    unauthorized(bearer(get(UNKNOWN_ROUTE), "not-a-jwt"));

    RSAKey foreignKey = new RSAKeyGenerator(2048).generate();
    JwtEncoder foreign = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(foreignKey)));
    Instant now = Instant.now();
    unauthorized(bearer(get(UNKNOWN_ROUTE), appToken(foreign, now, now.plusSeconds(600))))
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.UNAUTHORIZED));
    // signed with the portal's own key, but expired beyond any clock skew
    unauthorized(
        bearer(
            get(UNKNOWN_ROUTE), appToken(encoder, now.minusSeconds(7200), now.minusSeconds(3600))));
    // and the same key with a valid time: the control case
    bearer(get(UNKNOWN_ROUTE), appToken(encoder, now, now.plusSeconds(600)))
        .andExpect(status().isNotFound());
  }

  @Test
  void rotatingRefusesTheOldSecretAndItsTokensRevokingRefusesEveryToken() throws Exception {
    String before = tokenWithBasic(app.clientId(), app.clientSecret());
    // JWT times are whole seconds: the rotation must fall in a later second than the old token
    Thread.sleep(1100);
    IssuedClientSecret rotated = access.rotateSecret(partnerId, app.applicationId(), globalAdmin);

    mvc.perform(
            post("/oauth2/token")
                .with(httpBasic(app.clientId(), app.clientSecret()))
                .param("grant_type", "client_credentials"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("invalid_client"));
    unauthorized(bearer(get(UNKNOWN_ROUTE), before));
    String after = tokenWithBasic(rotated.clientId(), rotated.clientSecret());
    bearer(get(UNKNOWN_ROUTE), after).andExpect(status().isNotFound());

    access.revokeApplication(partnerId, app.applicationId(), globalAdmin);
    unauthorized(bearer(get(UNKNOWN_ROUTE), after));
    mvc.perform(
            post("/oauth2/token")
                .with(httpBasic(rotated.clientId(), rotated.clientSecret()))
                .param("grant_type", "client_credentials"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aPersonalTokenActsAsItsUserWithTheUsersCurrentPermissions() throws Exception {
    String appToken = tokenWithBasic(app.clientId(), app.clientSecret());
    bearer(get(ECHO), appToken)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.APP_USER_ONLY));

    Actor agent = member(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    String agentToken = personalToken(agent);
    bearer(get(ECHO), agentToken)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.partnerId").value(partnerId.toString()))
        .andExpect(jsonPath("$.actorType").value(ActorType.PARTNER_USER.name()))
        .andExpect(jsonPath("$.actorId").value(agent.id().toString()));

    Actor billing = member(AgentRole.NONE, AdminRole.BILLING_ADMIN);
    bearer(get(ECHO), personalToken(billing))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.FORBIDDEN));

    // roles taken away: refused at once
    users.changeRoles(partnerId, agent.id(), AgentRole.NONE, AdminRole.NO_ADMIN, globalAdmin);
    bearer(get(ECHO), agentToken).andExpect(status().isForbidden());
    // deactivated: the token no longer authenticates
    users.deactivate(partnerId, agent.id(), globalAdmin);
    unauthorized(bearer(get(ECHO), agentToken));
  }

  @Test
  void aRevokedPersonalTokenIs401() throws Exception {
    Actor agent = member(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    var record = access.createPersonalToken(partnerId, "CLI", PersonalTokenValidity.DAYS_30, agent);
    String token = apiTokens.personalToken(record);
    bearer(get(ECHO), token).andExpect(status().isOk());

    access.revokePersonalToken(partnerId, record.id(), agent);
    unauthorized(bearer(get(ECHO), token));
  }

  @Test
  void callsBeyondThePartnersRateAre400RateLimitedNever429() throws Exception {
    String token = tokenWithBasic(app.clientId(), app.clientSecret());
    int limited = 0;
    for (int i = 0; i < 16; i++) {
      var response = bearer(get(UNKNOWN_ROUTE), token).andReturn().getResponse();
      assertThat(response.getStatus()).isIn(404, 400);
      if (response.getStatus() == 400) {
        limited++;
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(json.readTree(response.getContentAsString()).get("code").asString())
            .isEqualTo(ApiFaultCodes.RATE_LIMITED);
      }
    }
    assertThat(limited).isGreaterThan(0);
    // another partner's bucket is untouched
    UUID other = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser user = aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    Actor otherAdmin = Actor.partnerUser(partners.addUser(other, user, SYSTEM), user.email());
    IssuedClientSecret otherApp = access.registerApplication(other, "Other", otherAdmin);
    bearer(get(UNKNOWN_ROUTE), tokenWithBasic(otherApp.clientId(), otherApp.clientSecret()))
        .andExpect(status().isNotFound());
  }

  private String tokenWithBasic(String clientId, String secret) throws Exception {
    String body =
        mvc.perform(
                post("/oauth2/token")
                    .with(httpBasic(clientId, secret))
                    .param("grant_type", "client_credentials"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.expires_in").value(org.hamcrest.Matchers.greaterThan(3590)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("access_token").asString();
  }

  private String personalToken(Actor user) {
    return apiTokens.personalToken(
        access.createPersonalToken(partnerId, "Token", PersonalTokenValidity.DAYS_30, user));
  }

  /** A token with the claims of this test's application, signed by the given encoder. */
  private String appToken(JwtEncoder signer, Instant issuedAt, Instant expiresAt) {
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .subject(app.clientId())
            .issuedAt(issuedAt)
            .expiresAt(expiresAt)
            .claim("partner_id", partnerId.toString())
            .claim("app_id", app.applicationId().toString())
            .claim("kind", "app")
            .build();
    return signer
        .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
        .getTokenValue();
  }

  private JsonNode claimsOf(String jwt) {
    return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  private ResultActions bearer(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String token)
      throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
  }

  private static ResultActions unauthorized(ResultActions result) throws Exception {
    return result
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.UNAUTHORIZED))
        .andExpect(jsonPath("$.description").isString());
  }
}
