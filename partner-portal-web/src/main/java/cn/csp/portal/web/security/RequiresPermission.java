package cn.csp.portal.web.security;

import cn.csp.portal.partner.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a partner user needs for a page or form post. On a class it covers every handler
 * of the controller; a method's own annotation replaces it. The user is refused (403, naming the
 * permission) by {@link PermissionInterceptor}; the core modules check mutations again.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresPermission {
  Permission value();
}
