package cn.csp.portal.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that tests move by hand, for rules that depend on time (a 60-day window, a term end, a
 * 30-day notice). Import {@link Configuration} into a test class to make it the application's
 * clock; that class then gets a Spring context of its own, so other tests keep real time.
 *
 * <pre>{@code
 * @IntegrationTest
 * @Import(TestClock.Configuration.class)
 * class SubscriptionLifecycleIT {
 *   @Autowired TestClock clock;
 *   ...
 *   clock.advance(Duration.ofDays(61));
 * }</pre>
 */
public final class TestClock extends Clock {

  /** Asia/Shanghai: the zone of every partner and of billing dates. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final AtomicReference<Instant> now;

  public TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** Moves time forward (or back, with a negative duration). */
  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Sets the time to noon, China time, on {@code date}. */
  public void setToNoonOn(LocalDate date) {
    now.set(date.atTime(12, 0).atZone(CHINA).toInstant());
  }

  public void set(Instant instant) {
    now.set(instant);
  }

  /** Today in China. */
  public LocalDate today() {
    return LocalDate.ofInstant(now.get(), CHINA);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The portal's clock is always UTC");
  }

  /** Makes a {@link TestClock} the application's clock, starting at the real current time. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Configuration {

    @Bean
    @Primary
    TestClock testClock() {
      // microseconds, as the real clock: PostgreSQL keeps no more
      return new TestClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }
  }
}
