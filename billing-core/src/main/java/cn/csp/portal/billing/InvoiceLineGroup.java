package cn.csp.portal.billing;

import java.math.BigDecimal;

/**
 * The invoice's lines summed by file, section and charge type: the line summary of the invoice
 * page.
 *
 * @param usage whether the lines are in the usage-based file
 * @param section the invoice section's key, e.g. {@code RECURRING_CHARGES}
 * @param chargeType the exact ChargeType of the files, e.g. {@code Cycle fee}
 * @param amount Σ Amount (license) or Σ PretaxCharges (usage)
 * @param total Σ TotalForCustomer (license) or Σ PostTaxTotal (usage)
 */
public record InvoiceLineGroup(
    boolean usage,
    String section,
    String chargeType,
    int lines,
    BigDecimal amount,
    BigDecimal tax,
    BigDecimal total) {}
