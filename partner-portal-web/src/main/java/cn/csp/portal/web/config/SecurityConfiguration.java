package cn.csp.portal.web.config;

import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.web.portal.PortalSection;
import cn.csp.portal.web.security.AdminCenterSessionFilter;
import cn.csp.portal.web.security.AdminCenterSignInDetails;
import cn.csp.portal.web.security.CustomerAdminPrincipal;
import cn.csp.portal.web.security.OnBehalfAdministration;
import cn.csp.portal.web.security.OnBehalfPrincipal;
import cn.csp.portal.web.security.OnBehalfSessionFilter;
import cn.csp.portal.web.security.OperatorPrincipal;
import cn.csp.portal.web.security.PartnerSessionFilter;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.PortalAuthentication;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Four filter chains: the operator console ({@code /operator/**}), the actuator endpoints, the
 * simulated customer admin center ({@code /admin-center/**}) and the partner portal (everything
 * else). Each area has its own sign-in page, its own accounts and its own slot in the session, so a
 * partner user can never sign in to the console or the admin center, an operator never to the
 * portal, and a customer admin only to the admin center. The one bridge: a signed-in partner user
 * with the right and delegated admin privileges may be let into one customer's admin center on its
 * behalf ({@link OnBehalfAdministration}), without the customer admin's own rights.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  private static final String PERSONAL_API_TOKENS = "/account/api-tokens";

  private static final String[] PUBLIC_ASSETS =
      Stream.concat(StaticAssets.patterns(), Stream.of("/error")).toArray(String[]::new);

  /**
   * No observations of the filter chains, authentications and authorizations: each request would
   * start and stop about thirty of them (one per filter), some 4% of a page's CPU time, and nobody
   * reads them. The request itself is still timed ({@code http.server.requests}).
   */
  @Bean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain operatorConsole(
      HttpSecurity http,
      OperatorAccounts operators,
      PasswordEncoder passwordEncoder,
      AuthenticationEventPublisher events)
      throws Exception {
    http.securityMatcher("/operator/**")
        .authenticationManager(
            PortalAuthentication.forOperators(operators, passwordEncoder, events))
        .securityContext(c -> c.securityContextRepository(PortalAuthentication.operatorSessions()))
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers("/operator/login")
                    .permitAll()
                    .anyRequest()
                    .hasRole(OperatorPrincipal.ROLE))
        .formLogin(
            form ->
                form.loginPage("/operator/login")
                    .defaultSuccessUrl("/operator", true)
                    .failureHandler(PortalAuthentication.failedSignInTo("/operator/login?error")))
        .logout(
            logout ->
                logout
                    .logoutUrl("/operator/logout")
                    .addLogoutHandler(PortalAuthentication.rememberLanguage())
                    .logoutSuccessHandler(
                        PortalAuthentication.signedOutKeepingLanguage("/operator/login")));
    return secureDefaults(http).build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain actuator(
      HttpSecurity http,
      @Value("${portal.metrics.allowed-networks:127.0.0.1/32,::1/128}") List<String> networks)
      throws Exception {
    AuthorizationManager<RequestAuthorizationContext> fromMetricsNetworks = fromNetworks(networks);
    http.securityMatcher("/actuator/**")
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/prometheus")
                    .access(fromMetricsNetworks)
                    .anyRequest()
                    .denyAll())
        .csrf(csrf -> csrf.disable());
    return secureDefaults(http).build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain adminCenter(
      HttpSecurity http,
      CustomerAdminAccounts admins,
      OnBehalfAdministration onBehalf,
      PasswordEncoder passwordEncoder,
      AuthenticationEventPublisher events)
      throws Exception {
    SecurityContextRepository sessions = PortalAuthentication.customerAdminSessions();
    AccessDeniedHandlerImpl sayingWhy = new AccessDeniedHandlerImpl();
    sayingWhy.setErrorPage(AdminCenterSessionFilter.FORBIDDEN_PATH);
    // the customer's own admins, and partner users administering on the customer's behalf
    String[] everyone = {CustomerAdminPrincipal.ROLE, OnBehalfPrincipal.ROLE};
    http.securityMatcher("/admin-center/**")
        .authenticationManager(
            PortalAuthentication.forCustomerAdmins(admins, passwordEncoder, events))
        .securityContext(c -> c.securityContextRepository(sessions))
        .requestCache(cache -> cache.requestCache(PortalAuthentication.adminCenterSavedRequests()))
        .addFilterBefore(new AdminCenterSessionFilter(admins, sessions), AuthorizationFilter.class)
        .addFilterBefore(new OnBehalfSessionFilter(onBehalf, sessions), AuthorizationFilter.class)
        .exceptionHandling(e -> e.accessDeniedHandler(sayingWhy))
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers(
                        AdminCenterSessionFilter.LOGIN_PATH,
                        AdminCenterSessionFilter.FORBIDDEN_PATH)
                    .permitAll()
                    .requestMatchers(OnBehalfSessionFilter.CUSTOMER_ADMIN_ONLY)
                    .hasRole(CustomerAdminPrincipal.ROLE)
                    .requestMatchers(OnBehalfSessionFilter.EXIT_PATH)
                    .hasRole(OnBehalfPrincipal.ROLE)
                    .anyRequest()
                    .hasAnyRole(everyone))
        .formLogin(
            form ->
                form.loginPage(AdminCenterSessionFilter.LOGIN_PATH)
                    .authenticationDetailsSource(AdminCenterSignInDetails::new)
                    // not always: an invitation link opened before signing in is the target
                    .defaultSuccessUrl("/admin-center", false)
                    .failureHandler(
                        PortalAuthentication.failedSignInTo(
                            AdminCenterSessionFilter.LOGIN_PATH + "?error")))
        .logout(
            logout ->
                logout
                    .logoutUrl(AdminCenterSessionFilter.LOGOUT_PATH)
                    .addLogoutHandler(PortalAuthentication.rememberLanguage())
                    .logoutSuccessHandler(
                        PortalAuthentication.signedOutKeepingLanguage(
                            AdminCenterSessionFilter.LOGIN_PATH)));
    return secureDefaults(http).build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain partnerPortal(
      HttpSecurity http,
      PartnerAccounts partners,
      PasswordEncoder passwordEncoder,
      AuthenticationEventPublisher events)
      throws Exception {
    SecurityContextRepository sessions = PortalAuthentication.partnerSessions();
    AccessDeniedHandlerImpl namingThePermission = new AccessDeniedHandlerImpl();
    namingThePermission.setErrorPage("/forbidden");
    http.authenticationManager(
            PortalAuthentication.forPartnerUsers(partners, passwordEncoder, events))
        .securityContext(c -> c.securityContextRepository(sessions))
        .addFilterBefore(new PartnerSessionFilter(partners, sessions), AuthorizationFilter.class)
        .exceptionHandling(e -> e.accessDeniedHandler(namingThePermission))
        .authorizeHttpRequests(
            authorize -> {
              authorize.requestMatchers(PUBLIC_ASSETS).permitAll();
              authorize
                  .requestMatchers(
                      "/",
                      "/login",
                      "/recover",
                      "/recover/**",
                      "/enroll",
                      "/enroll/**",
                      "/forbidden",
                      // the OpenAPI description of /v1 and its browser
                      "/v3/api-docs",
                      "/v3/api-docs/**",
                      "/swagger-ui.html",
                      "/swagger-ui/**")
                  .permitAll();
              // My API tokens: every partner user, whatever the Account settings section needs
              authorize
                  .requestMatchers(PERSONAL_API_TOKENS, PERSONAL_API_TOKENS + "/**")
                  .hasRole(PartnerUserPrincipal.ROLE);
              for (PortalSection section : PortalSection.values()) {
                String[] authorities = section.requiredAuthorities();
                var matcher = authorize.requestMatchers(section.path(), section.path() + "/**");
                if (authorities.length == 0) {
                  matcher.hasRole(PartnerUserPrincipal.ROLE);
                } else {
                  matcher.hasAnyAuthority(authorities);
                }
              }
              authorize.anyRequest().hasRole(PartnerUserPrincipal.ROLE);
            })
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/dashboard", true)
                    .failureHandler(PortalAuthentication.failedSignInTo("/login?error")))
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .addLogoutHandler(PortalAuthentication.rememberLanguage())
                    .logoutSuccessHandler(PortalAuthentication.signedOutKeepingLanguage("/login")));
    return secureDefaults(http).build();
  }

  /** Headers every response carries; CSRF protection and session-id rotation stay on. */
  private static HttpSecurity secureDefaults(HttpSecurity http) throws Exception {
    return http.headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .contentTypeOptions(Customizer.withDefaults())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()));
  }

  private static AuthorizationManager<RequestAuthorizationContext> fromNetworks(
      List<String> networks) {
    List<IpAddressMatcher> matchers = networks.stream().map(IpAddressMatcher::new).toList();
    return (authentication, context) ->
        new AuthorizationDecision(matchers.stream().anyMatch(m -> m.matches(context.getRequest())));
  }
}
