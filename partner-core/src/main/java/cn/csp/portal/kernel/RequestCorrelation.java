package cn.csp.portal.kernel;

import org.slf4j.MDC;

/**
 * The id of the request being served, as put in the logging context by the web layer, so that log
 * lines and audit entries of one request can be found together.
 */
public final class RequestCorrelation {

  /** The MDC key the web layer's request filter sets. */
  public static final String MDC_KEY = "requestId";

  private RequestCorrelation() {}

  /** The current request id, or {@code null} outside a request (jobs, startup). */
  public static String currentRequestId() {
    return MDC.get(MDC_KEY);
  }
}
