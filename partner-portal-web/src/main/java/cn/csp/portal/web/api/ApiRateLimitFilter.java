package cn.csp.portal.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an authenticated partner's call beyond its rate with 400 {@code RateLimited} and a {@code
 * Retry-After} header. Not 429: the Partner Center SDK retries 429 forever (contract 5.3), while it
 * gives up on 400 after a few tries and reports the fault.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

  private final ApiRateLimiter limiter;
  private final ApiFaultWriter faults;

  ApiRateLimitFilter(ApiRateLimiter limiter, ApiFaultWriter faults) {
    this.limiter = limiter;
    this.faults = faults;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof ApiCaller caller) {
      Duration wait = limiter.acquire(caller.partnerId());
      if (!wait.isZero()) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        faults.write(
            request,
            response,
            HttpStatus.BAD_REQUEST,
            ApiFaultCodes.RATE_LIMITED,
            List.of(),
            "api.access.rateLimited",
            seconds);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
