package cn.csp.portal.web.security;

import cn.csp.portal.kernel.Actor;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A partner user administering on behalf of a customer (AOBO, spec 2.32) in the admin center:
 * partner user U of partner P acting for customer C. It lives in the admin center's own session
 * slot, next to (never instead of) the user's partner portal sign-in, and every facade call made
 * with it is the partner user's own ({@link #actor()}), so the audit log names who really acted.
 * {@link OnBehalfSessionFilter} checks on every request that the user may still do it.
 */
public class OnBehalfPrincipal extends User implements AdminCenterPrincipal {

  @Serial private static final long serialVersionUID = 1L;

  public static final String ROLE = "ADMIN_CENTER_ON_BEHALF";

  /**
   * What the session holds, as stored now: compared on every request, so a renamed user or customer
   * shows at once.
   */
  public record Grant(
      UUID partnerUserId,
      UUID partnerId,
      String email,
      String fullName,
      String partnerCompanyName,
      UUID customerId,
      String customerCompanyName)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  private final Grant grant;

  OnBehalfPrincipal(Grant grant) {
    // no password: this session is opened from a signed-in partner session, never by a sign-in form
    super(grant.email(), "", List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    this.grant = grant;
  }

  Grant grant() {
    return grant;
  }

  public UUID partnerUserId() {
    return grant.partnerUserId();
  }

  public UUID partnerId() {
    return grant.partnerId();
  }

  public String partnerCompanyName() {
    return grant.partnerCompanyName();
  }

  @Override
  public UUID customerId() {
    return grant.customerId();
  }

  @Override
  public String companyName() {
    return grant.customerCompanyName();
  }

  /** The partner user's name. */
  @Override
  public String displayName() {
    return grant.fullName();
  }

  @Override
  public Actor actor() {
    return Actor.partnerUser(grant.partnerUserId(), grant.email());
  }

  @Override
  public boolean onBehalf() {
    return true;
  }
}
