package cn.csp.portal.subscription.internal;

import cn.csp.portal.kernel.BillingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A subscription's commitment term (spec 2.21): twelve months from its first day, stretched to end
 * the day before a billing date of the partner, so that terms and charge periods line up.
 *
 * @param end the last day of the term, inclusive
 */
record Term(LocalDate start, LocalDate end) {

  static final int MONTHS = 12;

  static Term startingOn(LocalDate start, int billingDay) {
    LocalDate twelveMonthsLater = start.plusMonths(MONTHS);
    return new Term(start, firstBillingDateOnOrAfter(twelveMonthsLater, billingDay).minusDays(1));
  }

  /** The term that follows this one, for a renewal. */
  Term next(int billingDay) {
    return startingOn(end.plusDays(1), billingDay);
  }

  private static LocalDate firstBillingDateOnOrAfter(LocalDate date, int billingDay) {
    YearMonth month = YearMonth.from(date);
    LocalDate candidate = BillingCalendar.billingDateIn(month, billingDay);
    return candidate.isBefore(date)
        ? BillingCalendar.billingDateIn(month.plusMonths(1), billingDay)
        : candidate;
  }
}
