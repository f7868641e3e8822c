package cn.csp.portal.web.security;

import cn.csp.portal.partner.PermissionDenied;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link RequiresPermission} before a partner handler runs. */
public class PermissionInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    RequiresPermission required = requiredBy(method);
    if (required == null) {
      return true;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof PermissionHolder user
        && user.has(required.value())) {
      return true;
    }
    throw new PermissionDenied(required.value());
  }

  /** The method's annotation, else its controller's. */
  public static RequiresPermission requiredBy(HandlerMethod method) {
    RequiresPermission onMethod =
        AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresPermission.class);
    return onMethod != null
        ? onMethod
        : AnnotatedElementUtils.findMergedAnnotation(
            method.getBeanType(), RequiresPermission.class);
  }
}
