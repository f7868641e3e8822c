package cn.csp.portal.billing;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An operator's "Offset a line item" (spec 2.13): a refund of part or all of an issued invoice's
 * line, tax included, billed as an offset line on the partner's next invoice.
 *
 * @param amount the refund, tax included (positive; the offset line carries it negated)
 * @param billedInvoiceId the invoice whose Credits & Adjustments section carries it; null until the
 *     next billing run
 */
public record LineOffset(
    UUID id,
    String invoiceId,
    ReconciliationFile file,
    int lineNumber,
    BigDecimal amount,
    String reason,
    String requestedBy,
    Instant requestedAt,
    String billedInvoiceId)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
