package cn.csp.portal.web.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Dates on the wire, as the SDK's Joda parser reads them: ISO-8601 instants in UTC to the second
 * ({@code 2024-01-02T03:04:05Z}); a calendar date (a billing date, in the partner's zone) is that
 * day's midnight written the same way, as Partner Center does.
 */
public final class ApiDates {

  /** What Partner Center writes for "never", e.g. a service request's {@code lastClosedDate}. */
  public static final String NEVER = "0001-01-01T00:00:00";

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

  private ApiDates() {}

  public static String of(Instant instant) {
    return instant == null ? null : INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  public static String of(LocalDate date) {
    return date == null ? null : of(date.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
