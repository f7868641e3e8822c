package cn.csp.portal.billing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ChargeType values of the reconciliation files, with the exact English strings of spec 2.13
 * (they are data, written to the files as they are, never translated) and the invoice section whose
 * amount column each one adds to.
 *
 * <p>Discounts and taxes are columns of every line as well: {@link
 * InvoiceSection#OTHER_DISCOUNTS_LICENSE} sums TotalOtherDiscount and {@link InvoiceSection#TAXES}
 * sums Tax/TaxAmount over lines of any type.
 */
public enum ChargeType {
  // license-based, Recurring Charges = sum of Amount
  CANCEL_INSTANCE_PRORATE("Cancel instance prorate", InvoiceSection.RECURRING_CHARGES),
  CYCLE_FEE("Cycle fee", InvoiceSection.RECURRING_CHARGES),
  CYCLE_INSTANCE_PRORATE("Cycle instance prorate", InvoiceSection.RECURRING_CHARGES),
  PRORATE_FEES_WHEN_CANCEL("Prorate fees when cancel", InvoiceSection.RECURRING_CHARGES),
  PRORATE_FEES_WHEN_PURCHASE("Prorate fees when purchase", InvoiceSection.RECURRING_CHARGES),
  PURCHASE_FEE("Purchase fee", InvoiceSection.RECURRING_CHARGES),
  PRORATE_FEE_WHEN_RENEW("Prorate fee when renew", InvoiceSection.RECURRING_CHARGES),
  RENEW_FEE("Renew fee", InvoiceSection.RECURRING_CHARGES),
  // license-based, Other Products and Services = sum of Amount
  PRORATE_FEES_WHEN_ACTIVATE(
      "Prorate fees when activate", InvoiceSection.OTHER_PRODUCTS_AND_SERVICES),
  // usage-based, Usage Charges = sum of PretaxCharges
  ASSESS_USAGE_FEE_WHEN_CANCEL("Assess usage fee when cancel", InvoiceSection.USAGE_CHARGES),
  ASSESS_USAGE_FEE_FOR_CURRENT_CYCLE(
      "Assess usage fee for current cycle", InvoiceSection.USAGE_CHARGES),
  // both files, Credits & Adjustments = sum of TotalForCustomer + PostTaxTotal (tax included)
  OFFSET_A_LINE_ITEM("Offset a line item", InvoiceSection.CREDITS_AND_ADJUSTMENTS),
  // usage-based, Other Discounts (usage-based) = sum of PretaxCharges
  ACTIVATION_DISCOUNT("Activation discount", InvoiceSection.OTHER_DISCOUNTS_USAGE),
  CYCLE_DISCOUNT("Cycle discount", InvoiceSection.OTHER_DISCOUNTS_USAGE),
  RENEW_DISCOUNT("Renew discount", InvoiceSection.OTHER_DISCOUNTS_USAGE),
  CANCEL_DISCOUNT("Cancel discount", InvoiceSection.OTHER_DISCOUNTS_USAGE);

  private final String label;
  private final InvoiceSection section;

  ChargeType(String label, InvoiceSection section) {
    this.label = label;
    this.section = section;
  }

  /** The exact value of the ChargeType column. */
  public String label() {
    return label;
  }

  /** The invoice section that this charge type's amount column adds to. */
  public InvoiceSection section() {
    return section;
  }

  /** The charge type written as {@code label} in a reconciliation file (exact match). */
  public static Optional<ChargeType> fromLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
  }

  @Override
  public String toString() {
    return label;
  }
}
