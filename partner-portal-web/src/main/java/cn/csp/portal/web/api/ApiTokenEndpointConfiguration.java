package cn.csp.portal.web.api;

import cn.csp.portal.partner.ApiAccess;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OAuth2 token endpoint ({@code POST /oauth2/token}, Spring Authorization Server): API
 * applications exchange their client id and secret for an App-only access token, a JWT signed with
 * the portal's database-held key and valid for 60 minutes. Its filter chain matches only the
 * authorization server's endpoints and comes before every other chain; errors are OAuth2 JSON,
 * never a sign-in redirect.
 */
@Configuration(proxyBeanMethods = false)
public class ApiTokenEndpointConfiguration {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain authorizationServer(
      HttpSecurity http,
      RegisteredClientRepository clients,
      OAuth2AuthorizationService authorizations)
      throws Exception {
    http.oauth2AuthorizationServer(
            server -> {
              http.securityMatcher(server.getEndpointsMatcher());
              server.registeredClientRepository(clients).authorizationService(authorizations);
            })
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        // only machine clients with credentials in the request call these endpoints
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(invalidClient()));
    return http.build();
  }

  /** A request without client credentials: OAuth2's own error JSON, not a sign-in page. */
  private static AuthenticationEntryPoint invalidClient() {
    OAuth2ErrorHttpMessageConverter converter = new OAuth2ErrorHttpMessageConverter();
    return (request, response, failure) -> {
      ServletServerHttpResponse out = new ServletServerHttpResponse(response);
      out.setStatusCode(HttpStatus.UNAUTHORIZED);
      converter.write(
          new OAuth2Error(
              OAuth2ErrorCodes.INVALID_CLIENT, "Client authentication is required", null),
          null,
          out);
    };
  }

  @Bean
  RegisteredClientRepository registeredClientRepository(ApiAccess access) {
    return new ApiClients(access);
  }

  /**
   * Access tokens are self-contained JWTs checked against the database on every {@code /v1}
   * request, so nothing about an issued token needs keeping (the default in-memory store would only
   * grow with every token).
   */
  @Bean
  OAuth2AuthorizationService authorizationService() {
    return new OAuth2AuthorizationService() {
      @Override
      public void save(OAuth2Authorization authorization) {}

      @Override
      public void remove(OAuth2Authorization authorization) {}

      @Override
      public OAuth2Authorization findById(String id) {
        return null;
      }

      @Override
      public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
      }
    };
  }

  /** App-only access tokens name their partner and application, and their kind. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> apiTokenClaims() {
    return context -> {
      if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
        RegisteredClient client = context.getRegisteredClient();
        context
            .getClaims()
            .claim(
                ApiTokenClaims.PARTNER_ID,
                client.getClientSettings().<String>getSetting(ApiClients.PARTNER_SETTING))
            .claim(ApiTokenClaims.APP_ID, client.getId())
            .claim(ApiTokenClaims.KIND, ApiTokenClaims.KIND_APP);
      }
    };
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(ApiAccess access) {
    return new ApiSigningKeys(access);
  }

  @Bean
  JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
    return new NimbusJwtEncoder(jwkSource);
  }

  /** Validates signature and times; who the token stands for is {@link ApiCallers}' business. */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
    return NimbusJwtDecoder.withJwkSource(jwkSource).build();
  }
}
