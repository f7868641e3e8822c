package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A charge line of an issued invoice, as the operator sees it when offsetting part of it.
 *
 * @param total TotalForCustomer (license) or PostTaxTotal (usage): the most that can be offset
 * @param offset what earlier offsets of the line already refund
 */
public record OffsetableLine(
    ReconciliationFile file,
    int lineNumber,
    String customerName,
    String subscriptionName,
    String chargeType,
    LocalDate chargeStartDate,
    LocalDate chargeEndDate,
    BigDecimal total,
    BigDecimal offset) {

  /** What can still be refunded. */
  public BigDecimal remaining() {
    return total.subtract(offset);
  }

  /** Whether anything can still be refunded (offset lines and credits cannot be). */
  public boolean offsettable() {
    return !ChargeType.OFFSET_A_LINE_ITEM.label().equals(chargeType) && remaining().signum() > 0;
  }
}
