package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.FinanceChargeLine;
import cn.csp.portal.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one invoice bills, rated and ready to write: the period's charges, the offsets of
 * earlier invoices' lines and the finance charges on overdue invoices.
 *
 * @param licenseCharges the license file's charge lines, in file order
 * @param usageCharges the usage file's charge lines (each bills one usage record), in file order
 * @param offsets the offset lines, which follow the charges in each file
 * @param subscriptionCount how many subscriptions were rated (with or without lines)
 */
record RatedInvoice(
    List<LicenseLineRow> licenseCharges,
    List<UsageLineRow> usageCharges,
    LineOffsets.PendingOffsets offsets,
    List<FinanceChargeLine> financeCharges,
    int subscriptionCount) {

  /** The license-based file's lines: the charges, then the offsets. */
  List<LicenseLineRow> licenseLines() {
    return Stream.concat(licenseCharges.stream(), offsets.licenseLines().stream()).toList();
  }

  /** The usage-based file's lines: the charges, then the offsets. */
  List<UsageLineRow> usageLines() {
    return Stream.concat(usageCharges.stream(), offsets.usageLines().stream()).toList();
  }

  BigDecimal financeChargeTotal() {
    return financeCharges.stream()
        .map(FinanceChargeLine::amount)
        .reduce(Money.round(BigDecimal.ZERO), BigDecimal::add);
  }

  SectionTotals sections() {
    return SectionTotals.of(licenseLines(), usageLines(), financeChargeTotal());
  }

  boolean isEmpty() {
    return licenseCharges.isEmpty()
        && usageCharges.isEmpty()
        && offsets.offsetIds().isEmpty()
        && financeCharges.isEmpty();
  }
}
