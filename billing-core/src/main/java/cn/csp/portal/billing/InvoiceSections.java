package cn.csp.portal.billing;

import java.math.BigDecimal;

/**
 * The invoice's sections (spec 2.12, 2.13 mapping table), each equal to its sum over the
 * reconciliation files. The license discounts are the positive TotalOtherDiscount amounts of the
 * license file and are subtracted in the total; usage discount lines carry their own sign (their
 * PretaxCharges) and are added. The total equals Σ TotalForCustomer (license) + Σ PostTaxTotal
 * (usage), plus the finance charges, which are outside the files.
 *
 * @param recurringCharges Σ Amount of license lines with the recurring charge types
 * @param otherProductsAndServices Σ Amount of "Prorate fees when activate" lines
 * @param usageCharges Σ PretaxCharges of the usage lines
 * @param creditsAndAdjustments Σ TotalForCustomer of license offsets + Σ PostTaxTotal of usage
 *     offsets (tax included)
 * @param usageDiscounts Σ PretaxCharges of the usage discount lines (negative for a discount)
 * @param licenseDiscounts Σ TotalOtherDiscount of the license lines
 * @param taxes Σ Tax (license) + Σ TaxAmount (usage), offsets excluded (their tax is in credits)
 * @param financeCharges late-payment charges on earlier overdue invoices (spec 2.11), untaxed
 */
public record InvoiceSections(
    BigDecimal recurringCharges,
    BigDecimal otherProductsAndServices,
    BigDecimal usageCharges,
    BigDecimal creditsAndAdjustments,
    BigDecimal usageDiscounts,
    BigDecimal licenseDiscounts,
    BigDecimal taxes,
    BigDecimal financeCharges) {

  /** License-based charges: recurring charges plus other products and services. */
  public BigDecimal licenseCharges() {
    return recurringCharges.add(otherProductsAndServices);
  }

  /** Total current charges before tax. */
  public BigDecimal subtotal() {
    return licenseCharges()
        .add(usageCharges)
        .add(usageDiscounts)
        .subtract(licenseDiscounts)
        .add(creditsAndAdjustments);
  }

  /** Total current charges: the subtotal plus taxes plus finance charges. */
  public BigDecimal total() {
    return subtotal().add(taxes).add(financeCharges);
  }
}
