package cn.csp.portal.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.testsupport.IntegrationTest;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The running portal with one place: while a request holds it, a page waits the longest allowed and
 * gets the translated busy page, an API call a {@code ServerBusy} fault, and the health check still
 * answers; once the place is free, pages are served again.
 */
@IntegrationTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"portal.web.admission.concurrency=1", "portal.web.admission.max-wait=300ms"})
@Import(RequestAdmissionIT.Gate.class)
class RequestAdmissionIT {

  private static final CountDownLatch heldInside = new CountDownLatch(1);
  private static final CountDownLatch release = new CountDownLatch(1);

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void releaseThePlace() {
    release.countDown();
  }

  @Test
  void whileThePlaceIsTakenPagesAndApiCallsAreAnsweredBusyAndHealthChecksStillAnswer()
      throws Exception {
    CompletableFuture<HttpResponse<String>> holder =
        http.sendAsync(get("/held").build(), BodyHandlers.ofString());
    assertThat(heldInside.await(10, TimeUnit.SECONDS)).isTrue();

    HttpResponse<String> page =
        http.send(get("/login").header("Accept", "text/html").build(), BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(page.body()).contains("门户当前繁忙，请稍后重试。").doesNotContain("Exception");

    HttpResponse<String> call =
        http.send(
            get("/v1/customers").header("X-Locale", "ru-RU").build(), BodyHandlers.ofString());
    assertThat(call.statusCode()).isEqualTo(400);
    assertThat(call.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(call.body())
        .contains("\"code\":\"ServerBusy\"")
        .contains("Портал сейчас перегружен. Повторите через 1 с.");

    assertThat(http.send(get("/actuator/health").build(), BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);

    release.countDown();
    assertThat(holder.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(204);
    assertThat(http.send(get("/login").build(), BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  /** Holds a request to {@code /held} inside the admission until the test releases it. */
  @TestConfiguration
  static class Gate {
    @Bean
    FilterRegistrationBean<Filter> heldRequestGate() {
      Filter gate =
          (request, response, chain) -> {
            if (!"/held".equals(((HttpServletRequest) request).getRequestURI())) {
              chain.doFilter(request, response);
              return;
            }
            heldInside.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException(e);
            }
            ((HttpServletResponse) response).setStatus(204);
          };
      FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(gate);
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
      return registration;
    }
  }
}
