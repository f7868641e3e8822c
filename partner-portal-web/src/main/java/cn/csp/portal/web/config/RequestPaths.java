package cn.csp.portal.web.config;

import jakarta.servlet.http.HttpServletRequest;

/** A request's path as the portal's own mappings see it: without the context path. */
public final class RequestPaths {

  private RequestPaths() {}

  /** The request URI less the context path ({@code /customers}, not {@code /portal/customers}). */
  public static String withinApplication(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
