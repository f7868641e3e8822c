package cn.csp.portal.web.api;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The {@code /v1} filter chain: stateless, bearer tokens only, no CSRF (no cookies are read) and
 * never a redirect: a missing, expired, revoked or foreign token gets a 401 {@link ApiFault}, a
 * missing permission a 403 one (contract 6.1).
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

  @Bean
  @Order(0)
  SecurityFilterChain api(HttpSecurity http, ApiFaultWriter faults) throws Exception {
    http.securityMatcher("/v1/**")
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, failure) ->
                            faults.write(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                ApiFaultCodes.UNAUTHORIZED,
                                List.of(),
                                "api.fault.unauthorized"))
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            faults.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                ApiFaultCodes.FORBIDDEN,
                                List.of(),
                                "api.fault.forbidden")))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(ApiAuthentication.ROLE))
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
