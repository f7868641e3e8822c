package cn.csp.portal.kernel;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The one rule for billing days. A partner's billing day is the day of the month on which it signed
 * the reseller agreement, 1 to 31, kept as signed. In a month that has no such day (a billing day
 * of 29, 30 or 31 in a shorter month) the billing date is that month's last day, so every month has
 * exactly one billing date and none is skipped.
 */
public final class BillingCalendar {

  private BillingCalendar() {}

  /** The billing day a partner gets when it signs the agreement on {@code signingDate}. */
  public static int billingDayFor(LocalDate signingDate) {
    return signingDate.getDayOfMonth();
  }

  /** The billing date in {@code month} for a partner whose billing day is {@code billingDay}. */
  public static LocalDate billingDateIn(YearMonth month, int billingDay) {
    if (billingDay < 1 || billingDay > 31) {
      throw new IllegalArgumentException("A billing day is 1-31, not " + billingDay);
    }
    return month.atDay(Math.min(billingDay, month.lengthOfMonth()));
  }
}
