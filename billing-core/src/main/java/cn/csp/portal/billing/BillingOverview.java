package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the Billing page shows at a glance (spec 2.11, 2.12 InvoiceSummary): the balance due, what
 * of it is overdue, the most recent payment and the latest invoice.
 *
 * @param balanceDue the sum of what is unpaid on every issued invoice
 * @param overdueAmount the part of the balance on invoices past their due date (0 when none)
 * @param oldestOverdueDueDate the earliest due date among the overdue invoices; null when none
 * @param lastPayment the most recent payment (lastPaymentDate, lastPaymentAmount); null when none
 * @param latestInvoice null while the partner has none
 * @param firstInvoiceDate the date of the partner's first invoice; null while it has none
 */
public record BillingOverview(
    BigDecimal balanceDue,
    String currency,
    BigDecimal overdueAmount,
    LocalDate oldestOverdueDueDate,
    Payment lastPayment,
    InvoiceSummary latestInvoice,
    LocalDate firstInvoiceDate) {

  public boolean hasOverdue() {
    return oldestOverdueDueDate != null;
  }
}
