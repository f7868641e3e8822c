package cn.csp.portal.billing;

import cn.csp.portal.kernel.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments against invoices (spec 2.11, 2.12): 21Vianet's operators record what arrived; the
 * invoice's paid amount and status follow. A payment that leaves a partner suspended for
 * delinquency with no overdue invoice reinstates it (see {@link Delinquency}).
 */
public interface Payments {

  /**
   * Records a payment, operators only. The invoice row is locked while the payment is checked and
   * written, so concurrent payments never add up to more than the balance.
   *
   * @throws cn.csp.portal.kernel.NotFound for an unknown invoice
   * @throws cn.csp.portal.kernel.BusinessRuleViolation for an actor who is not an operator, an
   *     amount that is not positive, has more than 2 decimals or exceeds the balance, an invoice
   *     with nothing owed, a payment date in the future or before the invoice date, a blank or too
   *     long reference, or a reference already recorded on the invoice; nothing is saved then
   */
  Payment record(NewPayment payment, Actor operator);

  /** An invoice's payments, oldest first; operators only. */
  List<Payment> ofInvoice(String invoiceId, Actor operator);

  /**
   * An invoice of the partner's payments, oldest first; needs {@code billing:view}.
   *
   * @throws cn.csp.portal.kernel.NotFound for an unknown invoice or another partner's
   */
  List<Payment> ofInvoice(UUID partnerId, String invoiceId, Actor actor);

  /** The partner's most recent payment (latest payment date, then latest recorded). */
  Optional<Payment> latest(UUID partnerId, Actor actor);
}
