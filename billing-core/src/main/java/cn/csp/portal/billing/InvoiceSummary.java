package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of the partner's invoice list.
 *
 * @param licenseLineCount lines of the license-based reconciliation file
 * @param usageLineCount lines of the usage-based reconciliation file
 */
public record InvoiceSummary(
    String id,
    UUID partnerId,
    LocalDate invoiceDate,
    LocalDate servicePeriodStart,
    LocalDate servicePeriodEnd,
    LocalDate dueDate,
    BigDecimal total,
    BigDecimal paidAmount,
    String currency,
    InvoiceStatus status,
    int licenseLineCount,
    int usageLineCount) {

  /** What is still owed on the invoice. */
  public BigDecimal balance() {
    return total.subtract(paidAmount);
  }

  /** Whether the invoice is overdue on {@code today} ({@link Overdue}). */
  public boolean overdueOn(LocalDate today) {
    return Overdue.on(today, dueDate, balance());
  }
}
