package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.internal.OpenInvoices.OpenInvoice;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.SuspensionReason;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One partner's delinquency decisions, always under the partner's billing-account lock, which a
 * payment takes too: a payment and the daily check never decide on each other's stale view (the
 * check could otherwise suspend a partner whose last overdue invoice was just paid).
 */
@Component
class PartnerDelinquency {

  /** Suspensions and reinstatements for delinquency are the system's, not a person's. */
  static final Actor SYSTEM = Actor.system("delinquency");

  /** The suspension note names at most this many overdue invoices. */
  private static final int NOTE_INVOICES = 10;

  private final JdbcClient jdbc;
  private final OpenInvoices openInvoices;
  private final PartnerAccounts partners;
  private final PartnerStanding standing;

  PartnerDelinquency(
      JdbcClient jdbc,
      OpenInvoices openInvoices,
      PartnerAccounts partners,
      PartnerStanding standing) {
    this.jdbc = jdbc;
    this.openInvoices = openInvoices;
    this.partners = partners;
    this.standing = standing;
  }

  /** Holds the partner's billing-account lock until the caller's transaction ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  void lock(UUID partnerId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
        .param("name", "billing-account:" + partnerId)
        .query((RowCallbackHandler) row -> {});
  }

  /**
   * Suspends the partner (reason DELINQUENCY) if it is ACTIVE and owes on an invoice due before
   * {@code dueBefore}, in a transaction of its own.
   *
   * @return whether it was suspended
   */
  @Transactional
  boolean suspendIfDelinquent(UUID partnerId, LocalDate dueBefore) {
    lock(partnerId);
    PartnerOverview partner = partners.findOverview(partnerId).orElse(null);
    if (partner == null || partner.status() != PartnerStatus.ACTIVE) {
      return false; // already suspended (for any reason), terminated, or not a member
    }
    List<OpenInvoice> overdue = openInvoices.dueBefore(partnerId, dueBefore);
    if (overdue.isEmpty()) {
      return false;
    }
    standing.suspend(partnerId, SuspensionReason.DELINQUENCY, note(overdue), SYSTEM);
    return true;
  }

  /**
   * Reinstates a partner suspended for delinquency once no invoice is overdue on {@code today}, in
   * the caller's transaction (a payment's, which holds the lock). An ABUSE suspension and a
   * terminated partner are left alone.
   *
   * @return whether it was reinstated
   */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean reinstateIfCurrent(UUID partnerId, LocalDate today) {
    PartnerOverview partner = partners.findOverview(partnerId).orElse(null);
    if (partner == null
        || partner.status() != PartnerStatus.SUSPENDED
        || partner.suspensionReason() != SuspensionReason.DELINQUENCY
        || !openInvoices.dueBefore(partnerId, today).isEmpty()) {
      return false;
    }
    standing.reinstate(partnerId, "No invoice is overdue any more", SYSTEM);
    return true;
  }

  /** The overdue invoices and their due dates, e.g. {@code D000000012 (2101-05-15)}. */
  private static String note(List<OpenInvoice> overdue) {
    String listed =
        overdue.stream()
            .limit(NOTE_INVOICES)
            .map(i -> i.id() + " (" + i.dueDate() + ")")
            .collect(Collectors.joining(", "));
    return overdue.size() > NOTE_INVOICES ? listed + ", …" : listed;
  }
}
