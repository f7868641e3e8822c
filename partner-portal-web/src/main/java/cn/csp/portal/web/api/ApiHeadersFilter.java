package cn.csp.portal.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Echoes {@code MS-RequestId} and {@code MS-CorrelationId} on every {@code /v1} response, errors
 * and 401s included, as Partner Center does (contract 6.11), so a client can match answers and
 * logs. It runs before the security chain.
 */
public class ApiHeadersFilter extends OncePerRequestFilter {

  static final String CORRELATION_ID_HEADER = "MS-CorrelationId";
  private static final int LONGEST_ECHOED = 100;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    echo(request, response, IdempotentCreates.REQUEST_ID_HEADER);
    echo(request, response, CORRELATION_ID_HEADER);
    chain.doFilter(request, response);
  }

  private static void echo(HttpServletRequest request, HttpServletResponse response, String name) {
    String value = request.getHeader(name);
    // only what is safe to repeat: a header value of printable ASCII, not an injection vector
    if (value != null && value.length() <= LONGEST_ECHOED && value.matches("[\\x21-\\x7e]+")) {
      response.setHeader(name, value);
    }
  }
}
