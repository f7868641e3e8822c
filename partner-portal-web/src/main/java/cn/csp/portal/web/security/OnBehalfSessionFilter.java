package cn.csp.portal.web.security;

import cn.csp.portal.customer.Invitation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps a session administering on behalf of a customer true to the database on every admin center
 * request: the partner user must still be enabled and hold {@code customer:administer-on-behalf},
 * and the partner must still hold delegated admin privileges for the customer (the customer may
 * remove them at any time, spec 2.29). Otherwise the on-behalf session ends, and only it: the
 * user's partner portal session stays, and the user lands on the customer's Service management
 * page, which says why. It also lives no longer than the portal sign-in it was opened from: once
 * the session's portal user is someone else (or nobody), it ends.
 */
public class OnBehalfSessionFilter
    extends StoredAccountFilter<OnBehalfPrincipal, OnBehalfPrincipal.Grant> {

  /** Where the partner user leaves the customer's admin center (POST). */
  public static final String EXIT_PATH = "/admin-center/on-behalf/exit";

  /**
   * What only the customer's own admin may do: change the admin's password, accept a partner's
   * invitation, remove a partner's delegated admin privileges.
   */
  public static final String[] CUSTOMER_ADMIN_ONLY = {
    AdminCenterSessionFilter.PASSWORD_PATH,
    Invitation.PATH_PREFIX + "**",
    "/admin-center/partners/*/revoke-delegated-admin"
  };

  private final OnBehalfAdministration administration;

  public OnBehalfSessionFilter(
      OnBehalfAdministration administration, SecurityContextRepository sessions) {
    super(OnBehalfPrincipal.class, sessions);
    this.administration = administration;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication =
        SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof OnBehalfPrincipal principal
        && !PortalAuthentication.portalUserOf(request)
            .map(principal.partnerUserId()::equals)
            .orElse(false)) {
      administration.end(principal, request, "portalSignInChanged");
      response.sendRedirect(
          request.getContextPath() + AdminCenterSessionFilter.LOGIN_PATH + "?ended");
      return;
    }
    super.doFilterInternal(request, response, chain);
  }

  @Override
  Optional<OnBehalfPrincipal.Grant> currentAccount(OnBehalfPrincipal principal) {
    return administration.currentGrant(principal.partnerUserId(), principal.customerId());
  }

  @Override
  boolean isEnabled(OnBehalfPrincipal.Grant grant) {
    // currentAccount is empty unless every condition holds
    return true;
  }

  @Override
  boolean isOutdated(OnBehalfPrincipal principal, OnBehalfPrincipal.Grant grant) {
    return !principal.grant().equals(grant);
  }

  @Override
  OnBehalfPrincipal principalOf(OnBehalfPrincipal.Grant grant) {
    return new OnBehalfPrincipal(grant);
  }

  @Override
  void endSession(HttpServletRequest request, OnBehalfPrincipal principal) {
    administration.end(principal, request, "rightsWithdrawn");
  }

  @Override
  String endedPath(OnBehalfPrincipal principal) {
    return OnBehalfAdministration.servicePage(principal.customerId()) + "?onBehalfEnded=true";
  }

  @Override
  String detour(OnBehalfPrincipal principal, String path) {
    return null;
  }
}
