package cn.csp.portal.billing.internal;

import cn.csp.portal.subscription.BillableSubscription;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The rating engine as the run sees it: one subscription's license charges on one invoice. */
interface LicenseCharges {

  /**
   * @param section the invoice section's key (see {@link SectionTotals})
   * @param amount rounded once, by the engine, as are the discount, subtotal, tax and total
   */
  record Charge(
      String chargeType,
      String section,
      LocalDate start,
      LocalDate end,
      BigDecimal unitPrice,
      int quantity,
      BigDecimal amount,
      BigDecimal totalOtherDiscount,
      BigDecimal subtotal,
      BigDecimal tax,
      BigDecimal totalForCustomer) {}

  List<Charge> chargesOf(BillableSubscription subscription, LocalDate invoiceDate, int billingDay);
}
