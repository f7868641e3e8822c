package cn.csp.portal.web.security;

import cn.csp.portal.partner.Permission;

/**
 * A principal whose permissions the {@link PermissionInterceptor} can check: a signed-in partner
 * user, or a caller of the {@code /v1} API acting for a partner.
 */
public interface PermissionHolder {

  boolean has(Permission permission);
}
