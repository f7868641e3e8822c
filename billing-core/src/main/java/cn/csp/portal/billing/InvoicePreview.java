package cn.csp.portal.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * What the partner's coming invoice will contain so far: a dry run of its billing run that writes
 * nothing. Later changes in the period (and usage imported later) will still change it.
 */
public record InvoicePreview(
    LocalDate invoiceDate,
    LocalDate servicePeriodStart,
    LocalDate servicePeriodEnd,
    LocalDate dueDate,
    InvoiceSections sections,
    List<InvoiceLineGroup> lineSummary,
    List<FinanceChargeLine> financeCharges,
    int subscriptionCount,
    int licenseLineCount,
    int usageLineCount) {

  public boolean isEmpty() {
    return licenseLineCount == 0 && usageLineCount == 0 && financeCharges.isEmpty();
  }
}
