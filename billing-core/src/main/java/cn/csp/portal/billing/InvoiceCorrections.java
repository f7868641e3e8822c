package cn.csp.portal.billing;

import cn.csp.portal.kernel.Actor;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Corrections of issued invoices, for 21Vianet operators only. An issued invoice never changes: a
 * correction is an "Offset a line item" line (spec 2.13, Credits & Adjustments) on the partner's
 * next invoice, in the reconciliation file of the line it offsets, tax included.
 */
public interface InvoiceCorrections {

  /**
   * Refunds {@code amount} (tax included) of one line of an issued invoice.
   *
   * @throws cn.csp.portal.kernel.NotFound for an unknown invoice
   * @throws cn.csp.portal.kernel.BusinessRuleViolation for a non-operator, an unknown line, an
   *     amount that is not positive, has more than two decimals or exceeds what is left of the
   *     line, a line that is itself a credit, or a blank reason (each naming its field)
   */
  LineOffset offset(
      String invoiceId,
      ReconciliationFile file,
      int lineNumber,
      BigDecimal amount,
      String reason,
      Actor operator);

  /** The invoice's lines of one file, in file order, with what is already offset. */
  Page<OffsetableLine> lines(
      String invoiceId, ReconciliationFile file, Pageable page, Actor operator);

  /** The offsets of the invoice's lines, newest first. */
  List<LineOffset> offsetsOf(String invoiceId, Actor operator);
}
