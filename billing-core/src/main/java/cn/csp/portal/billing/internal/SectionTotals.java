package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.InvoiceSections;
import java.math.BigDecimal;
import java.util.List;

/**
 * The invoice's section totals from its lines, by the spec 2.13 mapping table. Lines carry their
 * section (decided by their charge type); the sums are of already rounded line amounts, so nothing
 * is rounded here.
 */
record SectionTotals(
    BigDecimal recurringCharges,
    BigDecimal otherProductsAndServices,
    BigDecimal usageCharges,
    BigDecimal creditsAndAdjustments,
    BigDecimal usageDiscounts,
    BigDecimal licenseDiscounts,
    BigDecimal taxes,
    BigDecimal financeCharges) {

  static final String RECURRING = "RECURRING_CHARGES";
  static final String OTHER_PRODUCTS = "OTHER_PRODUCTS_AND_SERVICES";
  static final String USAGE = "USAGE_CHARGES";
  static final String CREDITS = "CREDITS_AND_ADJUSTMENTS";
  static final String USAGE_DISCOUNTS = "OTHER_DISCOUNTS_USAGE";

  static SectionTotals of(
      List<LicenseLineRow> license, List<UsageLineRow> usage, BigDecimal financeCharges) {
    BigDecimal recurring = BigDecimal.ZERO.setScale(2);
    BigDecimal other = recurring;
    BigDecimal usageCharges = recurring;
    BigDecimal credits = recurring;
    BigDecimal usageDiscounts = recurring;
    BigDecimal licenseDiscounts = recurring;
    BigDecimal taxes = recurring;
    for (LicenseLineRow line : license) {
      licenseDiscounts = licenseDiscounts.add(line.totalOtherDiscount());
      switch (line.section()) {
        case RECURRING -> recurring = recurring.add(line.amount());
        case OTHER_PRODUCTS -> other = other.add(line.amount());
        // an offset's tax is part of its credit, not of the taxes
        case CREDITS -> credits = credits.add(line.totalForCustomer());
        default -> throw new IllegalStateException("No license section " + line.section());
      }
      if (!CREDITS.equals(line.section())) {
        taxes = taxes.add(line.tax());
      }
    }
    for (UsageLineRow line : usage) {
      switch (line.section()) {
        case USAGE -> usageCharges = usageCharges.add(line.pretaxCharges());
        case USAGE_DISCOUNTS -> usageDiscounts = usageDiscounts.add(line.pretaxCharges());
        case CREDITS -> credits = credits.add(line.postTaxTotal());
        default -> throw new IllegalStateException("No usage section " + line.section());
      }
      if (!CREDITS.equals(line.section())) {
        taxes = taxes.add(line.taxAmount());
      }
    }
    return new SectionTotals(
        recurring,
        other,
        usageCharges,
        credits,
        usageDiscounts,
        licenseDiscounts,
        taxes,
        financeCharges);
  }

  /**
   * The invoice total (see {@link InvoiceSections}): Σ TotalForCustomer of the license file plus Σ
   * PostTaxTotal of the usage file, plus the finance charges.
   */
  BigDecimal total() {
    return toSections().total();
  }

  InvoiceSections toSections() {
    return new InvoiceSections(
        recurringCharges,
        otherProductsAndServices,
        usageCharges,
        creditsAndAdjustments,
        usageDiscounts,
        licenseDiscounts,
        taxes,
        financeCharges);
  }
}
