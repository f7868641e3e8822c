package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.BillingPeriod;
import cn.csp.portal.kernel.BillingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;

/** Billing dates and the periods around them, all by {@link BillingCalendar}'s one rule. */
final class BillingDates {

  /** Net 30 (spec 2.11): the due date is the invoice date plus 30 days. */
  static final int PAYMENT_TERMS_DAYS = 30;

  private BillingDates() {}

  static boolean isBillingDate(LocalDate date, int billingDay) {
    return BillingCalendar.billingDateIn(YearMonth.from(date), billingDay).equals(date);
  }

  /** The latest billing date on or before {@code day}. */
  static LocalDate latestOnOrBefore(LocalDate day, int billingDay) {
    LocalDate thisMonth = BillingCalendar.billingDateIn(YearMonth.from(day), billingDay);
    return thisMonth.isAfter(day)
        ? BillingCalendar.billingDateIn(YearMonth.from(day).minusMonths(1), billingDay)
        : thisMonth;
  }

  /** B(n-1): the first day of the service period of the invoice dated {@code invoiceDate}. */
  static LocalDate previous(LocalDate invoiceDate, int billingDay) {
    return BillingCalendar.billingDateIn(YearMonth.from(invoiceDate).minusMonths(1), billingDay);
  }

  /** The first billing date on or after {@code day}. */
  static LocalDate firstOnOrAfter(LocalDate day, int billingDay) {
    return BillingPeriod.firstBillingDateOnOrAfter(day, billingDay);
  }

  /**
   * The last day of a term that starts on {@code termStart}: twelve months later, stretched to the
   * day before a billing date (as subscription-core's terms are), for SubscriptionEndDate.
   */
  static LocalDate termEnd(LocalDate termStart, int billingDay) {
    return firstOnOrAfter(termStart.plusMonths(12), billingDay).minusDays(1);
  }

  static LocalDate dueDate(LocalDate invoiceDate) {
    return invoiceDate.plusDays(PAYMENT_TERMS_DAYS);
  }
}
