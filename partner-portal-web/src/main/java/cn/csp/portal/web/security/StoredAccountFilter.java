package cn.csp.portal.web.security;

import cn.csp.portal.web.config.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session true to the stored account on every request (one primary-key read): a
 * disabled or deleted account is signed out at once, a changed one replaces the session's
 * principal, and the area may send the user elsewhere first (a temporary password to change, an
 * enrollment to finish). Runs before authorization, so the URL rules see the current account.
 *
 * @param <P> the area's principal
 * @param <A> the stored account it is built from
 */
abstract class StoredAccountFilter<P extends UserDetails, A> extends OncePerRequestFilter {

  private final Class<P> principalType;
  private final SecurityContextRepository sessions;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  StoredAccountFilter(Class<P> principalType, SecurityContextRepository sessions) {
    this.principalType = principalType;
    this.sessions = sessions;
  }

  /** The account as stored now; empty when deleted. */
  abstract Optional<A> currentAccount(P principal);

  abstract boolean isEnabled(A account);

  abstract boolean isOutdated(P principal, A account);

  abstract P principalOf(A account);

  /** Where a signed-out user is sent, e.g. the area's sign-in page with {@code ?ended}. */
  abstract String endedPath(P principal);

  /**
   * Ends what the account may no longer do: by default the whole session. An area that shares the
   * session with another (administering on behalf of a customer) ends only its own slot.
   */
  void endSession(HttpServletRequest request, P principal) {
    PortalAuthentication.endSession(request);
  }

  /** Where the user must go instead of {@code path}, or null to carry on. */
  abstract String detour(P principal, String path);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = contexts.getContext().getAuthentication();
    if (authentication == null || !principalType.isInstance(authentication.getPrincipal())) {
      chain.doFilter(request, response);
      return;
    }
    P principal = principalType.cast(authentication.getPrincipal());
    Optional<A> current = currentAccount(principal);
    if (current.isEmpty() || !isEnabled(current.get())) {
      endSession(request, principal);
      response.sendRedirect(request.getContextPath() + endedPath(principal));
      return;
    }
    if (isOutdated(principal, current.get())) {
      principal = principalOf(current.get());
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(
              principal, null, principal.getAuthorities()));
      contexts.setContext(context);
      sessions.saveContext(context, request, response);
    }
    String path = RequestPaths.withinApplication(request);
    String detour = detour(principal, path);
    if (detour != null) {
      response.sendRedirect(request.getContextPath() + detour);
      return;
    }
    chain.doFilter(request, response);
  }
}
