package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.internal.BillingWorkQueue.Claim;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes items off the billing work queue and bills them: the workers of every node and the due run
 * itself call it. Each item is claimed in a transaction (T1) that holds its row lock while the
 * partner is billed in transactions of its own ({@link BillingAttempts}, outside T1), then deletes
 * the item and commits. If the node dies meanwhile, T1 rolls back with its connection and another
 * node claims the item; if the bill had committed, that node finds the date completed and writes
 * nothing. A failed bill is recorded as failed and its item removed like any other: the next due
 * run tries it again, nothing retries it in a loop.
 *
 * <p>A busy drainer holds two connections (T1 and the bill's), so the pool needs at least twice as
 * many connections as there are workers (plus the due run and the web requests).
 */
@Component
class BillingQueueDrainer {

  /** The system actor of queued runs; the run shows who queued it as its trigger. */
  static final String JOB = "billing-run";

  private static final Logger log = LoggerFactory.getLogger(BillingQueueDrainer.class);

  /** How long the due run waits before looking again while other nodes bill its last items. */
  private static final Duration WAIT_FOR_OTHERS = Duration.ofMillis(500);

  private final BillingWorkQueue queue;
  private final BillingAttempts attempts;
  private final PartnerAccounts partners;
  private final TransactionTemplate claimTransaction;
  private final TransactionTemplate outsideClaim;

  BillingQueueDrainer(
      BillingWorkQueue queue,
      BillingAttempts attempts,
      PartnerAccounts partners,
      PlatformTransactionManager transactions) {
    this.queue = queue;
    this.attempts = attempts;
    this.partners = partners;
    this.claimTransaction = new TransactionTemplate(transactions);
    claimTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.outsideClaim = new TransactionTemplate(transactions);
    outsideClaim.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
  }

  /**
   * Claims the oldest free item, bills it and removes it.
   *
   * @return false when no item was free (the queue is empty or every item is being billed)
   */
  boolean billNext() {
    Boolean billed =
        claimTransaction.execute(
            claimStatus -> {
              Optional<Claim> claim = queue.claimNext();
              if (claim.isEmpty()) {
                return false;
              }
              // the bill must not join T1: its transactions commit on their own
              outsideClaim.executeWithoutResult(billStatus -> bill(claim.get()));
              queue.remove(claim.get().item());
              return true;
            });
    return Boolean.TRUE.equals(billed);
  }

  /**
   * Bills queued items (any, not only these) until none of {@code items} is left in the queue,
   * waiting while other nodes bill the last ones. Returns early, leaving the rest to the workers,
   * if the thread is interrupted.
   */
  void drain(List<WorkItem> items) {
    while (true) {
      while (billNext()) {
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
      }
      if (queue.countQueued(items) == 0) {
        return;
      }
      try {
        Thread.sleep(WAIT_FOR_OTHERS.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void bill(Claim claim) {
    WorkItem item = claim.item();
    Optional<PartnerOverview> partner = partners.findOverview(item.partnerId());
    if (partner.isEmpty() || partner.get().billingDay() == null || partner.get().mpnId() == null) {
      // cannot happen for a partner that was billable when queued (both are kept once set)
      log.warn(
          "Dropping queued billing run of partner {} on {}: not billable",
          item.partnerId(),
          item.invoiceDate());
      return;
    }
    attempts.attempt(partner.get(), item.invoiceDate(), Actor.system(JOB), claim.enqueuedBy());
  }
}
