package cn.csp.portal.web.security;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.partner.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in partner user. The partner id travels with the session and is the only source of the
 * tenant for every request: never a request parameter.
 */
public class PartnerUserPrincipal extends User {

  public static final String ROLE = "PARTNER";

  private final UUID userId;
  private final UUID partnerId;
  private final String fullName;
  private final Set<Permission> permissions;

  PartnerUserPrincipal(PartnerUserSignIn account) {
    super(
        account.email(),
        account.passwordHash(),
        account.enabled(),
        true,
        true,
        true,
        authoritiesOf(account.permissions()));
    this.userId = account.userId();
    this.partnerId = account.partnerId();
    this.fullName = account.fullName();
    this.permissions = account.permissions();
  }

  private static List<GrantedAuthority> authoritiesOf(Set<Permission> permissions) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + ROLE));
    permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
    return authorities;
  }

  public UUID userId() {
    return userId;
  }

  public UUID partnerId() {
    return partnerId;
  }

  public String fullName() {
    return fullName;
  }

  /** The name the page header shows. */
  public String displayName() {
    return fullName;
  }

  public boolean has(Permission permission) {
    return permissions.contains(permission);
  }

  public Actor actor() {
    return Actor.partnerUser(userId, getUsername());
  }
}
