package cn.csp.portal.web.security;

import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUserSignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a partner user's session true to the database on every request: a deactivated or deleted
 * user is signed out at once, changed roles take effect on the next click, and until the partner is
 * a program member (or while a temporary password is unchanged) only the enrollment (or password)
 * pages can be reached. Runs before authorization, so the URL rules see current roles.
 */
public class PartnerSessionFilter extends OncePerRequestFilter {

  /** Reachable whatever the state: signing out, static assets and error pages. */
  private static final List<String> ALWAYS_OPEN =
      List.of("/logout", "/webjars/", "/css/", "/js/", "/images/", "/favicon.ico", "/error");

  public static final String ENROLLMENT_PATH = "/enrollment";
  public static final String PASSWORD_PATH = "/password";

  private final PartnerAccounts partners;
  private final SecurityContextRepository sessions;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  public PartnerSessionFilter(PartnerAccounts partners, SecurityContextRepository sessions) {
    this.partners = partners;
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = contexts.getContext().getAuthentication();
    if (!(authentication != null
        && authentication.getPrincipal() instanceof PartnerUserPrincipal principal)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<PartnerUserSignIn> current = partners.findSignIn(principal.userId());
    if (current.isEmpty() || !current.get().enabled()) {
      PortalAuthentication.endSession(request);
      response.sendRedirect(request.getContextPath() + "/login?ended");
      return;
    }
    PartnerUserPrincipal user = principal;
    if (principal.isOutdatedBy(current.get())) {
      user = new PartnerUserPrincipal(current.get(), Instant.now());
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
      contexts.setContext(context);
      sessions.saveContext(context, request, response);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String detour = detour(user, path);
    if (detour != null) {
      response.sendRedirect(request.getContextPath() + detour);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Where the user must go instead of {@code path}, or null to carry on. */
  private static String detour(PartnerUserPrincipal user, String path) {
    if (ALWAYS_OPEN.stream().anyMatch(path::startsWith)) {
      return null;
    }
    if (user.mustChangePassword()) {
      return within(path, PASSWORD_PATH) ? null : PASSWORD_PATH;
    }
    if (!user.partnerStatus().isProgramMember()) {
      return within(path, ENROLLMENT_PATH) || within(path, PASSWORD_PATH) ? null : ENROLLMENT_PATH;
    }
    return within(path, ENROLLMENT_PATH) ? "/dashboard" : null;
  }

  private static boolean within(String path, String area) {
    return path.equals(area) || path.startsWith(area + "/");
  }
}
