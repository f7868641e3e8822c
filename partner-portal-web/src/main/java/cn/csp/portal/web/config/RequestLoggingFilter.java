package cn.csp.portal.web.config;

import cn.csp.portal.kernel.RequestCorrelation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} or {@code MS-RequestId} when it is
 * sane, else a new UUID), puts it in the logging context and the response, and logs one line per
 * request with its outcome and duration. Static assets are logged at debug level only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLoggingFilter extends OncePerRequestFilter {

  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  /** The request id as a request attribute, for error pages rendered after this filter ends. */
  public static final String REQUEST_ID_ATTRIBUTE = RequestLoggingFilter.class.getName() + ".id";

  private static final String PARTNER_CENTER_REQUEST_ID_HEADER = "MS-RequestId";
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  private static final Logger log = LoggerFactory.getLogger("portal.request");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = requestIdOf(request);
    MDC.put(RequestCorrelation.MDC_KEY, requestId);
    request.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (StaticAssets.isAsset(RequestPaths.withinApplication(request))) {
        log.debug(line(request, response, millis));
      } else {
        log.info(line(request, response, millis));
      }
      MDC.remove(RequestCorrelation.MDC_KEY);
    }
  }

  private static String line(HttpServletRequest request, HttpServletResponse response, long ms) {
    return "method=%s path=%s status=%d durationMs=%d"
        .formatted(request.getMethod(), request.getRequestURI(), response.getStatus(), ms);
  }

  private static String requestIdOf(HttpServletRequest request) {
    for (String header : new String[] {REQUEST_ID_HEADER, PARTNER_CENTER_REQUEST_ID_HEADER}) {
      String candidate = request.getHeader(header);
      if (candidate != null && SANE_ID.matcher(candidate).matches()) {
        return candidate;
      }
    }
    return UUID.randomUUID().toString();
  }
}
