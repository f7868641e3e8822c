package cn.csp.portal.subscription.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.kernel.BillingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Twelve-month terms that end the day before a billing date (spec 2.21), month ends included. */
class TermTest {

  @ParameterizedTest(name = "starts {0}, billing day {1} -> ends {2}")
  @CsvSource({
    // the SDK's sample: start on the billing day, end the day before it a year later
    "2024-01-02, 2, 2025-01-01",
    // started mid-period: stretched to the next billing date after twelve months
    "2026-11-25, 15, 2027-12-14",
    "2026-11-15, 15, 2027-11-14",
    "2026-11-14, 15, 2027-11-14",
    // billing day 31: in shorter months the billing date is the month's last day
    "2026-03-31, 31, 2027-03-30",
    "2026-02-28, 31, 2027-02-27",
    "2026-03-01, 31, 2027-03-30",
    "2026-04-30, 31, 2027-04-29",
    // billing days 29 and 30 around February, in a leap year and not
    "2027-03-01, 29, 2028-03-28",
    "2027-02-28, 29, 2028-02-28",
    "2027-03-01, 30, 2028-03-29",
    "2028-02-29, 29, 2029-02-27",
    "2028-02-29, 30, 2029-02-27",
  })
  void aTermEndsTheDayBeforeABillingDate(LocalDate start, int billingDay, LocalDate end) {
    Term term = Term.startingOn(start, billingDay);
    assertThat(term.start()).isEqualTo(start);
    assertThat(term.end()).isEqualTo(end);
    assertThat(term.end()).isAfterOrEqualTo(start.plusMonths(12).minusDays(1));
  }

  @ParameterizedTest
  @CsvSource({"2026-11-25, 15", "2026-01-31, 31", "2028-02-29, 29", "2026-06-01, 1"})
  void theNextTermStartsTheDayAfterAndEndsTheDayBeforeABillingDate(
      LocalDate start, int billingDay) {
    Term first = Term.startingOn(start, billingDay);
    Term second = first.next(billingDay);
    assertThat(second.start()).isEqualTo(first.end().plusDays(1));
    LocalDate dayAfter = second.end().plusDays(1);
    assertThat(BillingCalendar.billingDateIn(YearMonth.from(dayAfter), billingDay))
        .isEqualTo(dayAfter);
  }
}
