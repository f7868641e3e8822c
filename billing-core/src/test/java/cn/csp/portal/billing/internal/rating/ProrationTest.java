package cn.csp.portal.billing.internal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.billing.BillingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proration formula, {@code seats × unit price × days / days in the period}, rounded once
 * HALF_UP to the cent, against the examples of spec 2.14 and at month ends.
 */
class ProrationTest {

  @ParameterizedTest(name = "{0} seats × {1} × {2}/{3} days = {4}")
  @CsvSource({
    // spec 2.14, quantity changes in the 31-day period Jul 15 – Aug 14 at 11 per seat
    "15, 11, 5, 31, 26.61",
    "12, 11, 11, 31, 46.84",
    "18, 11, 10, 31, 63.87",
    "10, 11, 5, 31, 17.74",
    // the reversal of the advance and the next advance are whole periods
    "15, 11, 31, 31, 165.00",
    "10, 11, 31, 31, 110.00",
    // spec 2.14 cancellation: 10 seats, Aug 25 – Sep 14 unused of 31 days = 74.516..., HALF_UP
    // gives
    // 74.52; the spec's 74.51 truncates (a source inconsistency, spec section 7)
    "10, 11, 21, 31, 74.52",
    // a half cent rounds up
    "1, 0.15, 1, 2, 0.08",
    // month ends: February in a common year (28 days) and a leap year (29 days)
    "10, 11, 14, 28, 55.00",
    "10, 11, 14, 29, 53.10",
    // 30- and 31-day periods
    "7, 180, 1, 30, 42.00",
    "7, 180, 1, 31, 40.65",
    "0, 180, 10, 31, 0.00",
  })
  void prorates(int seats, BigDecimal unitPrice, long days, long periodDays, BigDecimal expected) {
    assertThat(Proration.amount(seats, unitPrice, days, periodDays)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "billing day {1}: the invoice of {0} covers {2} days")
  @CsvSource({
    // billing days 29-31 in short months: the billing date falls back to the month's last day
    "2027-03-31, 31, 31", // Feb 28 – Mar 30 (common year)
    "2028-03-31, 31, 31", // Feb 29 – Mar 30 (leap year)
    "2027-02-28, 31, 28", // Jan 31 – Feb 27
    "2028-02-29, 29, 31", // Jan 29 – Feb 28
    "2027-02-28, 29, 30", // Jan 29 – Feb 27
    "2027-03-30, 30, 30", // Feb 28 – Mar 29
    "2027-05-31, 31, 31", // Apr 30 – May 30
    "2026-12-15, 15, 30", // Nov 15 – Dec 14
  })
  void servicePeriodsAtMonthEnds(LocalDate invoiceDate, int billingDay, long days) {
    BillingPeriod period = BillingPeriod.of(invoiceDate, billingDay);
    assertThat(period.serviceDays()).isEqualTo(days);
    assertThat(period.serviceEnd()).isEqualTo(invoiceDate.minusDays(1));
  }

  @ParameterizedTest
  @CsvSource({"-1, 1, 31", "1, -1, 31", "1, 32, 31", "1, 1, 0"})
  void refusesImpossibleSegments(int seats, long days, long periodDays) {
    assertThatThrownBy(() -> Proration.amount(seats, BigDecimal.TEN, days, periodDays))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
