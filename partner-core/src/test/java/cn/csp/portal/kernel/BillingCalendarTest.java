package cn.csp.portal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingCalendarTest {

  @ParameterizedTest(name = "signed {0} -> billing day {1}")
  @CsvSource({
    "2026-03-01, 1",
    "2026-03-15, 15",
    "2026-01-29, 29",
    "2026-03-30, 30",
    "2026-05-31, 31"
  })
  void theBillingDayIsTheSigningDayOfMonth(LocalDate signed, int billingDay) {
    assertThat(BillingCalendar.billingDayFor(signed)).isEqualTo(billingDay);
  }

  @ParameterizedTest(name = "billing day {1} in {0} -> {2}")
  @CsvSource({
    "2026-02, 31, 2026-02-28",
    "2028-02, 31, 2028-02-29",
    "2028-02, 29, 2028-02-29",
    "2026-02, 29, 2026-02-28",
    "2026-02, 30, 2026-02-28",
    "2026-04, 31, 2026-04-30",
    "2026-04, 30, 2026-04-30",
    "2026-05, 31, 2026-05-31",
    "2026-03, 29, 2026-03-29",
    "2026-02, 28, 2026-02-28",
    "2026-02, 1, 2026-02-01"
  })
  void aMonthWithoutTheDayBillsOnItsLastDay(YearMonth month, int billingDay, LocalDate date) {
    assertThat(BillingCalendar.billingDateIn(month, billingDay)).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource({"0", "32", "-1"})
  void refusesImpossibleBillingDays(int billingDay) {
    assertThatThrownBy(() -> BillingCalendar.billingDateIn(YearMonth.of(2026, 1), billingDay))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
