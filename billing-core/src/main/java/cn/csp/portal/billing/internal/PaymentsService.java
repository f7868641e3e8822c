package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.InvoiceStatus;
import cn.csp.portal.billing.Invoices;
import cn.csp.portal.billing.NewPayment;
import cn.csp.portal.billing.Payment;
import cn.csp.portal.billing.Payments;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.Money;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.Permission;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records payments. One transaction takes the partner's billing-account lock (shared with the
 * delinquency check), then the invoice row FOR UPDATE, checks the payment against the balance it
 * reads there, writes the payment, the invoice's paid amount and status and the audit entry, and
 * reinstates a partner suspended for delinquency that no longer has an overdue invoice.
 */
@Service
@Transactional
class PaymentsService implements Payments {

  private final JdbcClient jdbc;
  private final PaymentStore payments;
  private final Invoices invoices;
  private final PartnerDelinquency delinquency;
  private final PartnerPermissions permissions;
  private final AuditLog auditLog;
  private final Clock clock;

  PaymentsService(
      JdbcClient jdbc,
      PaymentStore payments,
      Invoices invoices,
      PartnerDelinquency delinquency,
      PartnerPermissions permissions,
      AuditLog auditLog,
      Clock clock) {
    this.jdbc = jdbc;
    this.payments = payments;
    this.invoices = invoices;
    this.delinquency = delinquency;
    this.permissions = permissions;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** The invoice as locked for a payment. */
  private record LockedInvoice(UUID partnerId, LocalDate invoiceDate, BigDecimal balance) {}

  @Override
  public Payment record(NewPayment payment, Actor operator) {
    OperatorsOnly.require(operator, false, "billing.payment.operatorsOnly");
    LocalDate today = LocalDate.ofInstant(clock.instant(), AuditQuery.ZONE);
    BigDecimal amount = checkAmount(payment.amount());
    String reference = checkReference(payment.reference());
    checkPaidOn(payment.paidOn(), today);
    String invoiceId =
        payment.invoiceId() == null ? "" : payment.invoiceId().strip().toUpperCase(Locale.ROOT);
    UUID partnerId =
        jdbc.sql("select partner_id from invoice where id = :id")
            .param("id", invoiceId)
            .query(UUID.class)
            .optional()
            .orElseThrow(() -> new NotFound("billing.invoice.notFound"));
    // the partner's lock first, then the invoice row: every payment takes them in this order
    delinquency.lock(partnerId);
    LockedInvoice invoice =
        jdbc.sql(
                "select partner_id, invoice_date, total - paid_amount as balance from invoice"
                    + " where id = :id for update")
            .param("id", invoiceId)
            .query(
                (rs, row) ->
                    new LockedInvoice(
                        rs.getObject("partner_id", UUID.class),
                        rs.getObject("invoice_date", LocalDate.class),
                        rs.getBigDecimal("balance")))
            .single();
    if (payment.paidOn().isBefore(invoice.invoiceDate())) {
      throw BusinessRuleViolation.onField(
          "paidOn", "billing.payment.paidOn.beforeInvoice", invoice.invoiceDate().toString());
    }
    if (invoice.balance().signum() <= 0) {
      throw BusinessRuleViolation.onField("amount", "billing.payment.nothingOwed", invoiceId);
    }
    if (amount.compareTo(invoice.balance()) > 0) {
      throw BusinessRuleViolation.onField(
          "amount", "billing.payment.amount.aboveBalance", invoice.balance().toPlainString());
    }
    if (payments.referenceExists(invoiceId, reference)) {
      throw BusinessRuleViolation.onField(
          "reference", "billing.payment.reference.duplicate", reference);
    }
    Instant now = clock.instant();
    Payment recorded =
        new Payment(
            UUID.randomUUID(),
            invoiceId,
            invoice.partnerId(),
            amount,
            payment.paidOn(),
            reference,
            operator.name(),
            now);
    payments.insert(recorded);
    BigDecimal balance = invoice.balance().subtract(amount);
    InvoiceStatus status =
        balance.signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    jdbc.sql(
            "update invoice set paid_amount = paid_amount + :amount, status = :status"
                + " where id = :id")
        .param("amount", amount)
        .param("status", status.name())
        .param("id", invoiceId)
        .update();
    auditLog.record(
        AuditEntry.of(operator, "billing.payment.recorded")
            .partner(invoice.partnerId())
            .target("invoice", invoiceId)
            .detail("amount", amount.toPlainString())
            .detail("paidOn", payment.paidOn())
            .detail("reference", reference)
            .detail("balance", balance.toPlainString())
            .detail("status", status)
            .build());
    delinquency.reinstateIfCurrent(invoice.partnerId(), today);
    return recorded;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Payment> ofInvoice(String invoiceId, Actor operator) {
    OperatorsOnly.require(operator, true, "billing.payment.operatorsOnly");
    return payments.ofInvoice(invoiceId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Payment> ofInvoice(UUID partnerId, String invoiceId, Actor actor) {
    // the permission and the partner's own invoice, or not found
    return payments.ofInvoice(invoices.find(partnerId, invoiceId, actor).id());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Payment> latest(UUID partnerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.BILLING_VIEW);
    return payments.latest(partnerId);
  }

  /** More than 0 with at most 2 decimals: cents, as the invoice. */
  private static BigDecimal checkAmount(BigDecimal amount) {
    if (amount == null) {
      throw BusinessRuleViolation.onField("amount", "billing.payment.amount.required");
    }
    if (amount.signum() <= 0) {
      throw BusinessRuleViolation.onField("amount", "billing.payment.amount.notPositive");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw BusinessRuleViolation.onField("amount", "billing.payment.amount.cents");
    }
    return Money.round(amount); // exact here: only sets the scale to 2
  }

  private static String checkReference(String reference) {
    String stripped = reference == null ? "" : reference.strip();
    if (stripped.isEmpty()) {
      throw BusinessRuleViolation.onField("reference", "billing.payment.reference.required");
    }
    if (stripped.length() > NewPayment.REFERENCE_MAX_LENGTH) {
      throw BusinessRuleViolation.onField(
          "reference", "billing.payment.reference.tooLong", NewPayment.REFERENCE_MAX_LENGTH);
    }
    return stripped;
  }

  private static void checkPaidOn(LocalDate paidOn, LocalDate today) {
    if (paidOn == null) {
      throw BusinessRuleViolation.onField("paidOn", "billing.payment.paidOn.required");
    }
    if (paidOn.isAfter(today)) {
      throw BusinessRuleViolation.onField("paidOn", "billing.payment.paidOn.future");
    }
  }
}
