package cn.csp.portal.web.portal;

import static cn.csp.portal.partner.Permission.*;

import cn.csp.portal.partner.Permission;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;

/**
 * The areas of the partner portal (spec section 1.1), with who may enter each. This one table
 * drives both the navigation and the server's URL authorization, so what the menu hides the server
 * also refuses.
 */
public enum PortalSection {
  DASHBOARD("/dashboard", true, EnumSet.noneOf(Permission.class)),
  ACCOUNT_SETTINGS(
      "/account",
      true,
      EnumSet.of(
          PROFILE_VIEW,
          USER_MANAGE,
          CATALOG_CUSTOMIZE,
          AGREEMENT_VIEW,
          AUDIT_LOG_VIEW,
          API_MANAGE)),
  PRICING("/pricing", true, EnumSet.of(PRICING_VIEW)),
  BILLING("/billing", true, EnumSet.of(BILLING_VIEW)),
  CUSTOMERS("/customers", true, EnumSet.of(CUSTOMER_VIEW)),
  SUPPORT("/support", true, EnumSet.of(SUPPORT_PARTNER_REQUEST, SUPPORT_CUSTOMER_REQUEST)),
  /** Work with other partners: reseller relationships, indirect providers and resellers. */
  PARTNERS("/partners", true, EnumSet.of(RELATIONSHIP_REQUEST, RESELLER_REGISTER)),
  /** Develop for Partner Center: API applications and tokens (global admins). */
  DEVELOP("/develop", false, EnumSet.of(ADMIN_ROLE_ASSIGN));

  private final String path;
  private final boolean inNavigation;
  private final Set<Permission> anyOf;

  PortalSection(String path, boolean inNavigation, Set<Permission> anyOf) {
    this.path = path;
    this.inNavigation = inNavigation;
    this.anyOf = anyOf;
  }

  public String path() {
    return path;
  }

  public boolean inNavigation() {
    return inNavigation;
  }

  /** The message key prefix of the section: {@code section.<key>.title} etc. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The permissions of which a user needs one; empty means any partner user. */
  public List<Permission> permissions() {
    return List.copyOf(anyOf);
  }

  /** Authorities of which a user needs one; empty means any partner user. */
  public String[] requiredAuthorities() {
    return anyOf.stream().map(Permission::authority).toArray(String[]::new);
  }

  public boolean isOpenTo(Collection<? extends GrantedAuthority> authorities) {
    return anyOf.isEmpty()
        || authorities.stream()
            .anyMatch(a -> anyOf.stream().anyMatch(p -> p.authority().equals(a.getAuthority())));
  }
}
