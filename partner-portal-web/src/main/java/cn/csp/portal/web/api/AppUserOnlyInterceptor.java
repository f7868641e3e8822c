package cn.csp.portal.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses App-only tokens on operations marked {@link AppUserOnly}, with a 403 fault. */
public class AppUserOnlyInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method && isAppUserOnly(method)) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication != null
          && authentication.getPrincipal() instanceof ApiCaller caller
          && caller.appOnly()) {
        throw ApiRequestRefused.forbidden(ApiFaultCodes.APP_USER_ONLY, "api.fault.appUserOnly");
      }
    }
    return true;
  }

  public static boolean isAppUserOnly(HandlerMethod method) {
    return AnnotatedElementUtils.hasAnnotation(method.getMethod(), AppUserOnly.class)
        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), AppUserOnly.class);
  }
}
