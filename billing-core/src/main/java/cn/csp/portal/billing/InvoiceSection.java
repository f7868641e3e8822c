package cn.csp.portal.billing;

/**
 * The sections of an invoice (spec 2.12, 2.13). Each section total is a sum over the reconciliation
 * files; which column is summed is given by {@link #summedColumns()}.
 */
public enum InvoiceSection {
  RECURRING_CHARGES("Amount (license)"),
  OTHER_PRODUCTS_AND_SERVICES("Amount (license)"),
  USAGE_CHARGES("PretaxCharges (usage)"),
  CREDITS_AND_ADJUSTMENTS("TotalForCustomer (license) + PostTaxTotal (usage)"),
  OTHER_DISCOUNTS_USAGE("PretaxCharges (usage)"),
  OTHER_DISCOUNTS_LICENSE("TotalOtherDiscount (license), lines of any charge type"),
  TAXES("Tax (license) + TaxAmount (usage), lines of any charge type");

  private final String summedColumns;

  InvoiceSection(String summedColumns) {
    this.summedColumns = summedColumns;
  }

  /** The reconciliation-file columns whose sum is this section's total, as the spec states it. */
  public String summedColumns() {
    return summedColumns;
  }
}
