package cn.csp.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, as recorded with signatures, recovery requests and rate limits.
 * Behind a reverse proxy set {@code server.forward-headers-strategy=native} so this is the client's
 * address, not the proxy's.
 */
public final class ClientAddresses {

  private ClientAddresses() {}

  public static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
