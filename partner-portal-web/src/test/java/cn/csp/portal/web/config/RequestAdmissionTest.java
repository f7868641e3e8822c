package cn.csp.portal.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.csp.portal.web.api.ApiFaultWriter;
import cn.csp.portal.web.api.ApiLocale;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests wait for a place in the order they came, are answered as busy after the longest wait,
 * give their place back however they end, and a download streams on a place of its own.
 */
class RequestAdmissionTest {

  private static final Duration LONG_WAIT = Duration.ofSeconds(20);

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final CountDownLatch firstInside = new CountDownLatch(1);
  private final CountDownLatch firstMayLeave = new CountDownLatch(1);

  @AfterEach
  void stopThreads() {
    firstMayLeave.countDown();
    threads.shutdownNow();
  }

  @Test
  void aRequestWaitsWhileThePlacesAreTakenAndEntersWhenOneIsGivenBack() throws Exception {
    RequestAdmission admission = admission(1, LONG_WAIT);
    CompletableFuture<MockHttpServletResponse> first = holdingThePlace(admission, "/customers");
    CompletableFuture<MockHttpServletResponse> second = send(admission, page("/billing"), ok());
    awaitWaiting("page", 1);
    assertThat(second).isNotDone();
    assertThat(gauge("portal.requests.admitted", "page")).isEqualTo(1);

    firstMayLeave.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    assertThat(gauge("portal.requests.admitted", "page")).isZero();
  }

  @Test
  void waitingRequestsEnterInTheOrderTheyCame() throws Exception {
    RequestAdmission admission = admission(1, LONG_WAIT);
    holdingThePlace(admission, "/customers");
    List<String> entered = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<MockHttpServletResponse>> waiting = new ArrayList<>();
    for (String path : List.of("/a", "/b", "/c", "/d", "/e")) {
      waiting.add(send(admission, page(path), (request, response) -> entered.add(path)));
      awaitWaiting("page", waiting.size());
    }

    firstMayLeave.countDown();

    CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
    assertThat(entered).containsExactly("/a", "/b", "/c", "/d", "/e");
  }

  @Test
  void aPageThatWaitedTheLongestAllowedIsAnsweredBusy() throws Exception {
    RequestAdmission admission = admission(1, Duration.ofMillis(100));
    holdingThePlace(admission, "/customers");

    MockHttpServletResponse busy = send(admission, page("/billing"), ok()).get(5, TimeUnit.SECONDS);

    assertThat(busy.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
    assertThat(busy.getHeader("Retry-After")).isEqualTo("1");
    assertThat(meters.get("portal.requests.refused").functionCounter().count()).isEqualTo(1);
  }

  @Test
  void anApiCallThatWaitedTheLongestAllowedGetsATranslatedServerBusyFault() throws Exception {
    RequestAdmission admission = admission(1, Duration.ofMillis(100));
    holdingThePlace(admission, "/customers");
    MockHttpServletRequest call = page("/v1/customers");
    call.addHeader(ApiLocale.HEADER, "en-US");

    MockHttpServletResponse busy = send(admission, call, ok()).get(5, TimeUnit.SECONDS);

    // not 503: the Partner Center SDK retries that forever (contract 5.3)
    assertThat(busy.getStatus()).isEqualTo(400);
    assertThat(busy.getHeader("Retry-After")).isEqualTo("1");
    assertThat(busy.getContentAsString())
        .contains("\"code\":\"ServerBusy\"")
        .contains("The portal is busy. Try again in 1 seconds.");
  }

  @Test
  void healthChecksMetricsAndStaticFilesNeverWait() throws Exception {
    RequestAdmission admission = admission(1, LONG_WAIT);
    holdingThePlace(admission, "/customers");

    for (String path :
        List.of("/actuator/health", "/actuator/prometheus", "/css/portal.css", "/webjars/x.js")) {
      assertThat(send(admission, page(path), ok()).get(5, TimeUnit.SECONDS).getStatus())
          .as(path)
          .isEqualTo(200);
    }
  }

  @Test
  void aRequestThatFailsGivesItsPlaceBack() throws Exception {
    RequestAdmission admission = admission(1, Duration.ofMillis(500));
    CompletableFuture<MockHttpServletResponse> failed =
        send(
            admission,
            page("/customers"),
            (request, response) -> {
              throw new IOException("the client went away");
            });
    assertThat(failed).failsWithin(5, TimeUnit.SECONDS);

    assertThat(send(admission, page("/billing"), ok()).get(5, TimeUnit.SECONDS).getStatus())
        .isEqualTo(200);
  }

  @Test
  void aDownloadStreamsOnAPlaceOfItsOwnAndLeavesItsPageToTheNextRequest() throws Exception {
    RequestAdmission admission = admission(1, Duration.ofMillis(200));
    CountDownLatch streaming = new CountDownLatch(1);
    CompletableFuture<MockHttpServletResponse> download =
        send(
            admission,
            page("/billing/invoices/G1/license.csv"),
            (request, response) -> {
              RequestAdmission.streamFollows((HttpServletRequest) request);
              streaming.countDown();
              await(firstMayLeave);
            });
    assertThat(streaming.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(gauge("portal.requests.admitted", "stream")).isEqualTo(1);

    // the page place is free while the file streams
    assertThat(send(admission, page("/customers"), ok()).get(5, TimeUnit.SECONDS).getStatus())
        .isEqualTo(200);
    // the stream places are not: a second download waits, then gets the busy page
    CompletableFuture<MockHttpServletResponse> second =
        send(
            admission,
            page("/billing/invoices/G2/license.csv"),
            (request, response) -> RequestAdmission.streamFollows((HttpServletRequest) request));
    ExecutionException refused =
        assertThrows(ExecutionException.class, () -> second.get(5, TimeUnit.SECONDS));
    assertThat(refused.getCause())
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            busy -> {
              assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
              assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("1");
            });

    firstMayLeave.countDown();
    assertThat(download.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    assertThat(gauge("portal.requests.admitted", "stream")).isZero();
    assertThat(gauge("portal.requests.admitted", "page")).isZero();
  }

  @Test
  void aRequestThatNeverWaitedForAPlaceTakesNoStreamPlace() throws Exception {
    RequestAdmission admission = admission(1, LONG_WAIT);
    holdingThePlace(admission, "/customers");

    send(
            admission,
            page("/actuator/prometheus"),
            (request, response) -> RequestAdmission.streamFollows((HttpServletRequest) request))
        .get(5, TimeUnit.SECONDS);

    assertThat(gauge("portal.requests.admitted", "stream")).isZero();
    assertThat(gauge("portal.requests.admitted", "page")).isEqualTo(1);
  }

  @Test
  void atLeastOnePlaceIsRequired() {
    assertThatThrownBy(() -> admission(0, LONG_WAIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("portal.web.admission.concurrency");
  }

  private RequestAdmission admission(int concurrency, Duration maxWait) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/api");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    RequestAdmission admission =
        new RequestAdmission(
            concurrency, maxWait, new ApiFaultWriter(messages, JsonMapper.builder().build()));
    admission.bindTo(meters);
    return admission;
  }

  /** A request that takes the only place and keeps it until {@link #firstMayLeave}. */
  private CompletableFuture<MockHttpServletResponse> holdingThePlace(
      RequestAdmission admission, String path) throws InterruptedException {
    CompletableFuture<MockHttpServletResponse> first =
        send(
            admission,
            page(path),
            (request, response) -> {
              firstInside.countDown();
              await(firstMayLeave);
            });
    assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();
    return first;
  }

  private CompletableFuture<MockHttpServletResponse> send(
      RequestAdmission admission, MockHttpServletRequest request, FilterChain chain) {
    return CompletableFuture.supplyAsync(
        () -> {
          MockHttpServletResponse response = new MockHttpServletResponse();
          try {
            admission.doFilter(request, response, chain);
          } catch (Exception e) {
            throw new CompletionException(e);
          }
          return response;
        },
        threads);
  }

  private static MockHttpServletRequest page(String path) {
    return new MockHttpServletRequest("GET", path);
  }

  private static FilterChain ok() {
    return (request, response) -> {};
  }

  private void awaitWaiting(String place, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (gauge("portal.requests.waiting", place) < count) {
      assertThat(System.nanoTime()).as("%d requests waiting", count).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private double gauge(String name, String place) {
    return meters.get(name).tag("place", place).gauge().value();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
