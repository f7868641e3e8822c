package cn.csp.portal.web.security;

import cn.csp.portal.customer.CustomerAdminSignIn;
import cn.csp.portal.kernel.Actor;
import java.io.Serial;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A customer admin signed in to the simulated Office 365 admin center. The customer id travels with
 * the session and is the only source of the tenant, as the partner id is for partner users. {@link
 * AdminCenterSessionFilter} rebuilds it when the stored admin changes.
 */
public class CustomerAdminPrincipal extends User implements AdminCenterPrincipal {

  @Serial private static final long serialVersionUID = 1L;

  public static final String ROLE = "CUSTOMER_ADMIN";

  private final CustomerAdminSignIn account;

  CustomerAdminPrincipal(CustomerAdminSignIn account, Instant now) {
    super(
        account.email(),
        account.passwordHash(),
        account.enabled(),
        true,
        true,
        !account.lockedAt(now),
        List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    this.account = withoutPasswordHash(account);
  }

  private static CustomerAdminSignIn withoutPasswordHash(CustomerAdminSignIn a) {
    return new CustomerAdminSignIn(
        a.adminId(),
        a.customerId(),
        a.email(),
        a.displayName(),
        a.companyName(),
        "",
        a.enabled(),
        a.lockedUntil(),
        a.mustChangePassword());
  }

  /** Whether the stored account differs from what this session holds in anything that matters. */
  boolean isOutdatedBy(CustomerAdminSignIn current) {
    return !withoutPasswordHash(current).equals(account);
  }

  public UUID adminId() {
    return account.adminId();
  }

  @Override
  public UUID customerId() {
    return account.customerId();
  }

  @Override
  public String companyName() {
    return account.companyName();
  }

  @Override
  public String displayName() {
    return account.displayName();
  }

  public boolean mustChangePassword() {
    return account.mustChangePassword();
  }

  @Override
  public Actor actor() {
    return Actor.customerAdmin(account.adminId(), getUsername());
  }

  @Override
  public boolean onBehalf() {
    return false;
  }
}
