package cn.csp.portal.partner;

import cn.csp.portal.kernel.BusinessRuleViolation;

/**
 * A partner user tried something their roles do not allow. It names the missing permission, so
 * every interface can say exactly which one (partners asked for this, spec section 8).
 */
public class PermissionDenied extends BusinessRuleViolation {

  private final Permission permission;

  public PermissionDenied(Permission permission) {
    super("permission.denied", permission.name());
    this.permission = permission;
  }

  public Permission permission() {
    return permission;
  }
}
