package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One month's finance charge on an overdue invoice (spec 2.11), billed on a later invoice.
 *
 * @param overdueInvoiceId the invoice that was not paid on time
 * @param monthOverdue 1 for the first month after the due date, 2 for the second...
 * @param assessedOn the first day of that month overdue
 * @param overdueBalance what was unpaid at the start of that day
 * @param monthlyRate the rate applied: 1.5% or the legal maximum, whichever is less
 */
public record FinanceChargeLine(
    String overdueInvoiceId,
    int monthOverdue,
    LocalDate assessedOn,
    BigDecimal overdueBalance,
    BigDecimal monthlyRate,
    BigDecimal amount) {

  public FinanceChargeLine {
    // one rate, one representation, however many zeros the database pads it with
    monthlyRate = monthlyRate.stripTrailingZeros();
  }
}
