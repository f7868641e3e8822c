package cn.csp.portal.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Billing dates around month ends, February and leap years. */
class BillingDatesTest {

  @Test
  void theLatestBillingDateOnOrBeforeADay() {
    assertThat(BillingDates.latestOnOrBefore(LocalDate.of(2101, 7, 15), 15))
        .isEqualTo(LocalDate.of(2101, 7, 15));
    assertThat(BillingDates.latestOnOrBefore(LocalDate.of(2101, 7, 14), 15))
        .isEqualTo(LocalDate.of(2101, 6, 15));
    // billing day 31: February's is its last day
    assertThat(BillingDates.latestOnOrBefore(LocalDate.of(2100, 3, 30), 31))
        .isEqualTo(LocalDate.of(2100, 2, 28));
    assertThat(BillingDates.latestOnOrBefore(LocalDate.of(2104, 2, 29), 30))
        .isEqualTo(LocalDate.of(2104, 2, 29));
  }

  @Test
  void periodsTermsAndDueDates() {
    assertThat(BillingDates.isBillingDate(LocalDate.of(2101, 2, 28), 31)).isTrue();
    assertThat(BillingDates.isBillingDate(LocalDate.of(2101, 3, 30), 31)).isFalse();
    assertThat(BillingDates.previous(LocalDate.of(2101, 3, 31), 31))
        .isEqualTo(LocalDate.of(2101, 2, 28));
    assertThat(BillingDates.termEnd(LocalDate.of(2101, 6, 3), 15))
        .isEqualTo(LocalDate.of(2102, 6, 14));
    assertThat(BillingDates.dueDate(LocalDate.of(2101, 12, 15)))
        .isEqualTo(LocalDate.of(2102, 1, 14));
  }
}
