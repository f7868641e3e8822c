package cn.csp.portal.perf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** Instants of generated actions: China time, people act in office hours, jobs at night. */
final class Clocks {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Clocks() {}

  /** A moment between 09:00 and 18:59 China time on {@code day}, to the millisecond. */
  static Instant officeHours(SplittableRandom rng, LocalDate day) {
    int hour = 9 + rng.nextInt(10);
    return at(
        day, LocalTime.of(hour, rng.nextInt(60), rng.nextInt(60), rng.nextInt(1000) * 1_000_000));
  }

  static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(CHINA).toInstant();
  }

  static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, CHINA);
  }

  /**
   * {@code from} plus a random duration between {@code min} and {@code max}, to the millisecond.
   */
  static Instant later(SplittableRandom rng, Instant from, Duration min, Duration max) {
    long span = max.toMillis() - min.toMillis();
    return from.plusMillis(min.toMillis() + (span <= 0 ? 0 : rng.nextLong(span)));
  }

  /** A day drawn uniformly from {@code from} to {@code to}, both included. */
  static LocalDate dayBetween(SplittableRandom rng, LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    if (days < 0) {
      throw new IllegalArgumentException("No day between " + from + " and " + to);
    }
    return LocalDate.ofEpochDay(from.toEpochDay() + rng.nextLong(days + 1));
  }
}
