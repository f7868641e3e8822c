package cn.csp.portal.web.config;

import cn.csp.portal.web.api.ApiExceptionResolver;
import cn.csp.portal.web.api.ApiFaultCodes;
import cn.csp.portal.web.api.ApiFaultWriter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lets a fixed number of requests into the application at a time ({@code
 * portal.web.admission.concurrency}, by default twice the node's cores); the others wait for a
 * place in the order they came, for at most {@code portal.web.admission.max-wait}, and are then
 * answered as busy: a page with 503 and the translated error page, an API call with 400 {@code
 * ServerBusy} (the Partner Center SDK retries a 503 forever, contract 5.3), both with {@code
 * Retry-After}.
 *
 * <p>Why: when all request threads run at once, the cores are shared among all of them and a
 * request's time depends on how the scheduler happens to treat it. Tomcat also serves a kept-alive
 * connection's next request at once when it has already arrived, ahead of connections that waited
 * longer. Under 32 connections on two cores the customer search's p95 was 1.6 to 2 times its mean.
 * Waiting in arrival order, every request waits about as long as the others and then runs with few
 * others (docs/performance.md, seventh round).
 *
 * <p>A file download gives up its place when it starts to stream and waits for one of as many
 * places for streams ({@link #streamFollows}): a slow client reading a large file must not hold a
 * place of the pages. Health checks, metrics and static files never wait. Places, waiting requests
 * and refusals are reported as {@code portal.requests.admitted}, {@code portal.requests.waiting}
 * and {@code portal.requests.refused}.
 */
public final class RequestAdmission extends OncePerRequestFilter implements MeterBinder {

  private static final String PLACE = RequestAdmission.class.getName() + ".place";

  private final int concurrency;
  private final Duration maxWait;
  private final ApiFaultWriter faults;
  // fair: a released place goes to the request that has waited longest
  private final Semaphore pages;
  private final Semaphore streams;
  private final AtomicLong refused = new AtomicLong();

  RequestAdmission(int concurrency, Duration maxWait, ApiFaultWriter faults) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("portal.web.admission.concurrency must be at least 1");
    }
    this.concurrency = concurrency;
    this.maxWait = maxWait;
    this.faults = faults;
    this.pages = new Semaphore(concurrency, true);
    this.streams = new Semaphore(concurrency, true);
  }

  /**
   * For a response that streams a file, before its first byte: the request gives back its place
   * among the pages and waits for one among the streams. When none comes in time it fails with 503
   * (the response is still empty, so the error page is shown).
   */
  public static void streamFollows(HttpServletRequest request) {
    if (request.getAttribute(PLACE) instanceof RequestAdmission.Place place) {
      place.moveToStreams();
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = RequestPaths.withinApplication(request);
    return path.startsWith("/actuator/") || StaticAssets.isAsset(path);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!enter(pages)) {
      refuse(request, response);
      return;
    }
    Place place = new Place(pages);
    request.setAttribute(PLACE, place);
    try {
      chain.doFilter(request, response);
    } finally {
      place.leave();
      request.removeAttribute(PLACE);
    }
  }

  private boolean enter(Semaphore places) {
    try {
      // the timed tryAcquire keeps a fair semaphore's order; the untimed one would barge
      return places.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    refused.incrementAndGet();
    long retryAfter = retryAfterSeconds();
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
    if (ApiExceptionResolver.isApiRequest(request)) {
      faults.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          ApiFaultCodes.SERVER_BUSY,
          List.of(),
          "api.fault.serverBusy",
          retryAfter);
    } else {
      response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
  }

  private long retryAfterSeconds() {
    return Math.max(1, maxWait.toSeconds());
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (var kind : List.of(new Places("page", pages), new Places("stream", streams))) {
      Gauge.builder(
              "portal.requests.admitted", kind.places(), p -> concurrency - p.availablePermits())
          .tag("place", kind.name())
          .description("Requests holding a place in the application")
          .register(registry);
      Gauge.builder("portal.requests.waiting", kind.places(), Semaphore::getQueueLength)
          .tag("place", kind.name())
          .description("Requests waiting for a place")
          .register(registry);
    }
    FunctionCounter.builder("portal.requests.refused", refused, AtomicLong::get)
        .description("Requests answered as busy after waiting the longest allowed")
        .register(registry);
  }

  private record Places(String name, Semaphore places) {}

  /** The place one request holds: among the pages, then perhaps among the streams, then none. */
  private final class Place {

    private Semaphore held;

    Place(Semaphore held) {
      this.held = held;
    }

    void moveToStreams() {
      if (held != pages) {
        return;
      }
      leave();
      if (!enter(streams)) {
        refused.incrementAndGet();
        throw new ServerBusy(retryAfterSeconds());
      }
      held = streams;
    }

    void leave() {
      if (held != null) {
        held.release();
        held = null;
      }
    }
  }

  /** No place for a stream came in time: 503 with the error page and {@code Retry-After}. */
  static final class ServerBusy extends ResponseStatusException {

    private final long retryAfterSeconds;

    ServerBusy(long retryAfterSeconds) {
      super(HttpStatus.SERVICE_UNAVAILABLE);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public HttpHeaders getHeaders() {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
      return headers;
    }
  }
}
