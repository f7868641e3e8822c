package cn.csp.portal.billing;

import cn.csp.portal.kernel.BillingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The periods of one invoice, dated on a billing date B(n) of a partner (spec 2.12, 2.14; all
 * bounds inclusive, dates in the partner's time zone).
 *
 * <ul>
 *   <li>service period [B(n-1), B(n)-1]: the month leading up to the invoice; its usage is billed
 *       in arrears and the license changes made in it are adjusted;
 *   <li>advance period [B(n), B(n+1)-1]: licenses active on B(n) are billed in advance for it.
 * </ul>
 *
 * Billing dates follow {@link BillingCalendar#billingDateIn} (a billing day the month does not have
 * falls on the month's last day), so periods may be 28 to 31 days long.
 */
public record BillingPeriod(
    LocalDate invoiceDate,
    LocalDate serviceStart,
    LocalDate serviceEnd,
    LocalDate advanceStart,
    LocalDate advanceEnd,
    int billingDay) {

  public BillingPeriod {
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    if (!invoiceDate.equals(billingDateOf(YearMonth.from(invoiceDate), billingDay))
        || !serviceStart.equals(
            billingDateOf(YearMonth.from(invoiceDate).minusMonths(1), billingDay))
        || !serviceEnd.equals(invoiceDate.minusDays(1))
        || !advanceStart.equals(invoiceDate)
        || !advanceEnd.equals(
            billingDateOf(YearMonth.from(invoiceDate).plusMonths(1), billingDay).minusDays(1))) {
      throw new IllegalArgumentException(
          "Not the periods of an invoice dated " + invoiceDate + " for billing day " + billingDay);
    }
  }

  /**
   * The periods of the invoice dated {@code invoiceDate}, which must be the billing date of its
   * month for {@code billingDay}.
   */
  public static BillingPeriod of(LocalDate invoiceDate, int billingDay) {
    YearMonth month = YearMonth.from(invoiceDate);
    if (!invoiceDate.equals(billingDateOf(month, billingDay))) {
      throw new IllegalArgumentException(
          invoiceDate + " is not a billing date for billing day " + billingDay);
    }
    return new BillingPeriod(
        invoiceDate,
        billingDateOf(month.minusMonths(1), billingDay),
        invoiceDate.minusDays(1),
        invoiceDate,
        billingDateOf(month.plusMonths(1), billingDay).minusDays(1),
        billingDay);
  }

  /** The invoice whose service period contains {@code day} (the first billing date after it). */
  public static BillingPeriod withServiceDay(LocalDate day, int billingDay) {
    return of(firstBillingDateOnOrAfter(day.plusDays(1), billingDay), billingDay);
  }

  /** The first billing date on or after {@code day}. */
  public static LocalDate firstBillingDateOnOrAfter(LocalDate day, int billingDay) {
    YearMonth month = YearMonth.from(day);
    LocalDate candidate = billingDateOf(month, billingDay);
    return candidate.isBefore(day) ? billingDateOf(month.plusMonths(1), billingDay) : candidate;
  }

  /** The next invoice's periods. */
  public BillingPeriod next() {
    return of(advanceEnd.plusDays(1), billingDay);
  }

  /** The previous invoice's periods. */
  public BillingPeriod previous() {
    return of(serviceStart, billingDay);
  }

  /**
   * Days in the service period: the denominator of every proration on this invoice's adjustments.
   */
  public long serviceDays() {
    return ChronoUnit.DAYS.between(serviceStart, invoiceDate);
  }

  /** Days in the advance period. */
  public long advanceDays() {
    return ChronoUnit.DAYS.between(advanceStart, advanceEnd) + 1;
  }

  public boolean inServicePeriod(LocalDate day) {
    return !day.isBefore(serviceStart) && !day.isAfter(serviceEnd);
  }

  private static LocalDate billingDateOf(YearMonth month, int billingDay) {
    return BillingCalendar.billingDateIn(month, billingDay);
  }
}
