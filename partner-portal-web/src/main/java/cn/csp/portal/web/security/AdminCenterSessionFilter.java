package cn.csp.portal.web.security;

import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerAdminSignIn;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps a customer admin's session true to the database on every request, like {@link
 * PartnerSessionFilter} for partner users: a disabled or deleted admin is signed out at once, and
 * while the temporary password is unchanged only the password page (and signing out) can be
 * reached.
 */
public class AdminCenterSessionFilter
    extends StoredAccountFilter<CustomerAdminPrincipal, CustomerAdminSignIn> {

  public static final String LOGIN_PATH = "/admin-center/login";
  public static final String LOGOUT_PATH = "/admin-center/logout";
  public static final String PASSWORD_PATH = "/admin-center/password";

  /** Where a refused admin center request is forwarded: a page in the admin center's frame. */
  public static final String FORBIDDEN_PATH = "/admin-center/forbidden";

  private final CustomerAdminAccounts admins;

  public AdminCenterSessionFilter(
      CustomerAdminAccounts admins, SecurityContextRepository sessions) {
    super(CustomerAdminPrincipal.class, sessions);
    this.admins = admins;
  }

  @Override
  Optional<CustomerAdminSignIn> currentAccount(CustomerAdminPrincipal principal) {
    return admins.findSignIn(principal.adminId());
  }

  @Override
  boolean isEnabled(CustomerAdminSignIn account) {
    return account.enabled();
  }

  @Override
  boolean isOutdated(CustomerAdminPrincipal principal, CustomerAdminSignIn account) {
    return principal.isOutdatedBy(account);
  }

  @Override
  CustomerAdminPrincipal principalOf(CustomerAdminSignIn account) {
    return new CustomerAdminPrincipal(account, Instant.now());
  }

  @Override
  String endedPath(CustomerAdminPrincipal principal) {
    return LOGIN_PATH + "?ended";
  }

  @Override
  String detour(CustomerAdminPrincipal admin, String path) {
    boolean open = path.equals(PASSWORD_PATH) || path.equals(LOGOUT_PATH);
    return admin.mustChangePassword() && !open ? PASSWORD_PATH : null;
  }
}
