package cn.csp.portal.web.security;

import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.web.config.SupportedLanguage;
import cn.csp.portal.web.config.WebConfiguration;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/** The authentication pieces of the two signed-in areas, kept apart from each other. */
public final class PortalAuthentication {

  private static final String PARTNER_CONTEXT = "PORTAL_PARTNER_SECURITY_CONTEXT";
  private static final String OPERATOR_CONTEXT = "PORTAL_OPERATOR_SECURITY_CONTEXT";

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

  public static SecurityContextRepository partnerSessions() {
    return sessionSlot(PARTNER_CONTEXT);
  }

  public static SecurityContextRepository operatorSessions() {
    return sessionSlot(OPERATOR_CONTEXT);
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
