package cn.csp.portal.web.api;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The {@code /v1} filter chain: stateless, bearer tokens only, no CSRF (no cookies are read) and
 * never a redirect: a missing, expired, revoked or foreign token gets a 401 {@link ApiFault}, a
 * missing permission a 403 one (contract 6.1). Bearer tokens are the portal's own JWTs (App-only
 * from {@code /oauth2/token}, personal App+User tokens from "My API tokens"), validated with the
 * database-held key; {@link ApiCallers} resolves the caller from the database on every request.
 * Each partner's calls are rate limited ({@link ApiRateLimitFilter}).
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

  @Bean
  @Order(0)
  SecurityFilterChain api(
      HttpSecurity http,
      ApiFaultWriter faults,
      ApiCallers callers,
      @Value("${portal.api.rate-limit.requests-per-second:50}") double requestsPerSecond,
      @Value("${portal.api.rate-limit.burst:200}") double burst)
      throws Exception {
    AuthenticationEntryPoint unauthorized =
        (request, response, failure) ->
            faults.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                ApiFaultCodes.UNAUTHORIZED,
                List.of(),
                messageKeyOf(failure));
    AccessDeniedHandler forbidden =
        (request, response, denied) ->
            faults.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                ApiFaultCodes.FORBIDDEN,
                List.of(),
                "api.fault.forbidden");
    ApiRateLimiter limiter = new ApiRateLimiter(requestsPerSecond, burst, System::nanoTime);
    http.securityMatcher("/v1/**")
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        // bearer failures (bad signature, expired, revoked) answer through the same ApiFault
        // entry point, not the resource server's header-only 401
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(callers))
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(forbidden))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(ApiAuthentication.ROLE))
        .addFilterAfter(new ApiRateLimitFilter(limiter, faults), AuthorizationFilter.class)
        .headers(h -> h.contentTypeOptions(c -> {}).frameOptions(f -> f.deny()));
    return http.build();
  }

  /**
   * The firewall refuses requests with {@code //}, encoded slashes, {@code ;} or control characters
   * before any chain runs; on {@code /v1} that refusal is a 400 fault like any other, elsewhere the
   * plain 400 it always was.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ApiFaultWriter faults) {
    RequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
    return (request, response, rejected) -> {
      if (ApiExceptionResolver.isApiRequest(request)) {
        faults.write(
            request,
            response,
            HttpStatus.BAD_REQUEST,
            ApiFaultCodes.MALFORMED_REQUEST,
            List.of(),
            "api.fault.rejectedPath");
      } else {
        plain.handle(request, response, rejected);
      }
    };
  }

  /** Why a token was refused, as precisely as is safe to say. */
  private static String messageKeyOf(AuthenticationException failure) {
    if (failure instanceof ApiTokenRejected rejected) {
      return rejected.messageKey();
    }
    if (failure instanceof InvalidBearerTokenException) {
      return "api.access.token.invalid";
    }
    return "api.fault.unauthorized";
  }

  @Bean
  FilterRegistrationBean<ApiHeadersFilter> apiHeadersFilter() {
    FilterRegistrationBean<ApiHeadersFilter> registration =
        new FilterRegistrationBean<>(new ApiHeadersFilter());
    registration.addUrlPatterns("/v1/*");
    // before the security chain (order -100), so 401 answers carry the ids as well
    registration.setOrder(-200);
    return registration;
  }
}
