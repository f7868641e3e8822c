package cn.csp.portal.web.security;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.partner.Permission;
import java.io.Serial;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in partner user. The partner id travels with the session and is the only source of the
 * tenant for every request: never a request parameter. {@link PartnerSessionFilter} rebuilds it
 * when the stored user changes (roles, deactivation, the partner's status).
 */
public class PartnerUserPrincipal extends User implements PermissionHolder {

  @Serial private static final long serialVersionUID = 1L;

  public static final String ROLE = "PARTNER";

  private final PartnerUserSignIn account;

  PartnerUserPrincipal(PartnerUserSignIn account, Instant now) {
    super(
        account.email(),
        account.passwordHash(),
        account.enabled(),
        true,
        true,
        !account.lockedAt(now),
        authoritiesOf(account.permissions()));
    this.account = withoutPasswordHash(account);
  }

  private static PartnerUserSignIn withoutPasswordHash(PartnerUserSignIn a) {
    return new PartnerUserSignIn(
        a.userId(),
        a.partnerId(),
        a.email(),
        a.fullName(),
        "",
        a.enabled(),
        a.lockedUntil(),
        a.mustChangePassword(),
        a.agentRole(),
        a.adminRole(),
        a.partnerStatus(),
        a.indirectProvider());
  }

  private static List<GrantedAuthority> authoritiesOf(Set<Permission> permissions) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + ROLE));
    permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
    return authorities;
  }

  /** Whether the stored account differs from what this session holds in anything that matters. */
  boolean isOutdatedBy(PartnerUserSignIn current) {
    return !withoutPasswordHash(current).equals(account);
  }

  public UUID userId() {
    return account.userId();
  }

  public UUID partnerId() {
    return account.partnerId();
  }

  public String fullName() {
    return account.fullName();
  }

  /** The name the page header shows. */
  public String displayName() {
    return account.fullName();
  }

  public PartnerStatus partnerStatus() {
    return account.partnerStatus();
  }

  /** Whether the partner provides for indirect resellers (spec 2.27). */
  public boolean indirectProvider() {
    return account.indirectProvider();
  }

  public boolean mustChangePassword() {
    return account.mustChangePassword();
  }

  @Override
  public boolean has(Permission permission) {
    return account.enabled() && account.permissions().contains(permission);
  }

  public Actor actor() {
    return Actor.partnerUser(account.userId(), getUsername());
  }
}
