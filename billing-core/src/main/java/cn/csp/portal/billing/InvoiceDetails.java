package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice's header and summary (spec 2.12), with the partner and its billing profile as they
 * were when the invoice was issued.
 *
 * @param customerNumber the partner's billable account id
 * @param billingPeriodStart the service period: the month leading up to the invoice date
 * @param paymentTermsDays net 30: the due date is the invoice date plus this many days
 */
public record InvoiceDetails(
    String id,
    UUID partnerId,
    String partnerName,
    String mpnId,
    String customerNumber,
    BillTo billTo,
    String purchaseOrderNumber,
    LocalDate invoiceDate,
    LocalDate billingPeriodStart,
    LocalDate billingPeriodEnd,
    int paymentTermsDays,
    LocalDate dueDate,
    InvoiceSections sections,
    BigDecimal total,
    BigDecimal paidAmount,
    String currency,
    InvoiceStatus status,
    int licenseLineCount,
    int usageLineCount,
    Instant issuedAt) {

  /** The billing profile's company, address and invoice recipient, as issued. */
  public record BillTo(
      String companyName,
      String addressLine1,
      String addressLine2,
      String city,
      String state,
      String postalCode,
      String country,
      String recipientName,
      String recipientEmail) {}

  public BigDecimal balance() {
    return total.subtract(paidAmount);
  }

  /** Whether the invoice is overdue on {@code today} ({@link Overdue}). */
  public boolean overdueOn(LocalDate today) {
    return Overdue.on(today, dueDate, balance());
  }
}
