package cn.csp.portal.web.security;

import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.web.config.SupportedLanguage;
import cn.csp.portal.web.config.WebConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/** The authentication pieces of the three signed-in areas, kept apart from each other. */
public final class PortalAuthentication {

  private static final String PARTNER_CONTEXT = "PORTAL_PARTNER_SECURITY_CONTEXT";
  private static final String OPERATOR_CONTEXT = "PORTAL_OPERATOR_SECURITY_CONTEXT";
  private static final String CUSTOMER_ADMIN_CONTEXT = "PORTAL_CUSTOMER_ADMIN_SECURITY_CONTEXT";
  private static final String ADMIN_CENTER_SAVED_REQUEST = "PORTAL_ADMIN_CENTER_SAVED_REQUEST";

  private static final String LANGUAGE_BEFORE_SIGN_OUT =
      PortalAuthentication.class.getName() + ".language";

  private PortalAuthentication() {}

  public static AuthenticationManager forPartnerUsers(
      PartnerAccounts partners,
      PasswordEncoder passwordEncoder,
      AuthenticationEventPublisher events) {
    return manager(PortalUserDetailsServices.partnerUsers(partners), passwordEncoder, events);
  }

  public static AuthenticationManager forOperators(
      OperatorAccounts operators,
      PasswordEncoder passwordEncoder,
      AuthenticationEventPublisher events) {
    return manager(PortalUserDetailsServices.operators(operators), passwordEncoder, events);
  }

  public static AuthenticationManager forCustomerAdmins(
      CustomerAdminAccounts admins,
      PasswordEncoder passwordEncoder,
      AuthenticationEventPublisher events) {
    return manager(PortalUserDetailsServices.customerAdmins(admins), passwordEncoder, events);
  }

  /**
   * One manager per area and no parent: a failed partner sign-in is never retried against the
   * operator accounts. Unknown names and wrong passwords fail alike (and take as long).
   */
  private static AuthenticationManager manager(
      UserDetailsService users,
      PasswordEncoder passwordEncoder,
      AuthenticationEventPublisher events) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwordEncoder);
    ProviderManager manager = new ProviderManager(provider);
    // successes and failures reach the audit log (SignInAuditor)
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }

  /**
   * Sends a failed sign-in back to {@code page} (e.g. {@code /login?error}) without keeping the
   * exception in the session, as Spring's default handler does: the exception carries the sign-in
   * attempt with the typed password, and sessions are stored in PostgreSQL. The pages say only that
   * the sign-in failed, so nothing is lost.
   */
  public static AuthenticationFailureHandler failedSignInTo(String page) {
    return (request, response, failure) -> response.sendRedirect(request.getContextPath() + page);
  }

  public static SecurityContextRepository partnerSessions() {
    return sessionSlot(PARTNER_CONTEXT);
  }

  public static SecurityContextRepository operatorSessions() {
    return sessionSlot(OPERATOR_CONTEXT);
  }

  public static SecurityContextRepository customerAdminSessions() {
    return sessionSlot(CUSTOMER_ADMIN_CONTEXT);
  }

  /**
   * The page an anonymous visitor of the admin center wanted (e.g. an invitation link), kept in its
   * own session attribute so a page saved by another area never becomes the admin center's target.
   */
  public static RequestCache adminCenterSavedRequests() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setSessionAttrName(ADMIN_CENTER_SAVED_REQUEST);
    return cache;
  }

  /** Signs out whoever this request belongs to and ends the session. */
  static void endSession(HttpServletRequest request) {
    SecurityContextHolder.getContextHolderStrategy().clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The partner user signed in to the portal in this request's session, if any. */
  static Optional<UUID> portalUserOf(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(PARTNER_CONTEXT) instanceof SecurityContext context
        && context.getAuthentication() != null
        && context.getAuthentication().getPrincipal() instanceof PartnerUserPrincipal user) {
      return Optional.of(user.userId());
    }
    return Optional.empty();
  }

  /**
   * Ends only the admin center's sign-in (a partner user leaving the customer's admin center it
   * administered on behalf of): the partner portal's sign-in in the same session stays.
   */
  static void endAdminCenterSession(HttpServletRequest request) {
    SecurityContextHolder.getContextHolderStrategy().clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CUSTOMER_ADMIN_CONTEXT);
      session.removeAttribute(ADMIN_CENTER_SAVED_REQUEST);
    }
  }

  private static SecurityContextRepository sessionSlot(String attribute) {
    HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    repository.setSpringSecurityContextKey(attribute);
    return repository;
  }

  /**
   * Signing out ends the session and with it the chosen language. This handler notes the language
   * before the session is invalidated (custom handlers run before Spring's own), and {@link
   * #signedOutKeepingLanguage} carries it over to the sign-in page.
   */
  public static LogoutHandler rememberLanguage() {
    return (request, response, authentication) -> {
      HttpSession session = request.getSession(false);
      if (session != null
          && session.getAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME)
              instanceof Locale locale) {
        SupportedLanguage.fromTag(locale.toLanguageTag())
            .ifPresent(language -> request.setAttribute(LANGUAGE_BEFORE_SIGN_OUT, language.tag()));
      }
    };
  }

  public static LogoutSuccessHandler signedOutKeepingLanguage(String signInPage) {
    return (request, response, authentication) -> {
      String target = signInPage + "?signedOut";
      if (request.getAttribute(LANGUAGE_BEFORE_SIGN_OUT) instanceof String tag) {
        target += "&" + WebConfiguration.LANGUAGE_PARAMETER + "=" + tag;
      }
      response.sendRedirect(request.getContextPath() + target);
    };
  }
}
