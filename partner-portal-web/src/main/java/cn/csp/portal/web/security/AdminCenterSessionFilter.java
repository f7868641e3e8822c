package cn.csp.portal.web.security;

import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerAdminSignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a customer admin's session true to the database on every request, like {@link
 * PartnerSessionFilter} for partner users: a disabled or deleted admin is signed out at once, and
 * while the temporary password is unchanged only the password page (and signing out) can be
 * reached.
 */
public class AdminCenterSessionFilter extends OncePerRequestFilter {

  public static final String LOGIN_PATH = "/admin-center/login";
  public static final String LOGOUT_PATH = "/admin-center/logout";
  public static final String PASSWORD_PATH = "/admin-center/password";

  private final CustomerAdminAccounts admins;
  private final SecurityContextRepository sessions;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  public AdminCenterSessionFilter(
      CustomerAdminAccounts admins, SecurityContextRepository sessions) {
    this.admins = admins;
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = contexts.getContext().getAuthentication();
    if (!(authentication != null
        && authentication.getPrincipal() instanceof CustomerAdminPrincipal principal)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CustomerAdminSignIn> current = admins.findSignIn(principal.adminId());
    if (current.isEmpty() || !current.get().enabled()) {
      PortalAuthentication.endSession(request);
      response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?ended");
      return;
    }
    CustomerAdminPrincipal admin = principal;
    if (principal.isOutdatedBy(current.get())) {
      // e.g. the temporary password was just replaced: the detour below must end at once
      admin = new CustomerAdminPrincipal(current.get(), Instant.now());
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
      contexts.setContext(context);
      sessions.saveContext(context, request, response);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (admin.mustChangePassword() && !path.equals(PASSWORD_PATH) && !path.equals(LOGOUT_PATH)) {
      response.sendRedirect(request.getContextPath() + PASSWORD_PATH);
      return;
    }
    chain.doFilter(request, response);
  }
}
