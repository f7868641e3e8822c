package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The billing run's orchestration. Deliberately not transactional itself: each partner's run is its
 * own transaction ({@link BillingAttempts}), so partners never wait on or undo each other. Due runs
 * go through the work queue ({@link BillingWorkQueue}) that the workers of every node share.
 */
@Service
class BillingRunService implements BillingRuns {

  private static final Logger log = LoggerFactory.getLogger(BillingRunService.class);

  private final PartnerAccounts partners;
  private final BillingAttempts attempts;
  private final BillingWorkQueue queue;
  private final BillingQueueDrainer drainer;
  private final BillingQueueWorkers workers;
  private final BillingRunStore runs;
  private final AuditLog auditLog;
  private final Clock clock;

  BillingRunService(
      PartnerAccounts partners,
      BillingAttempts attempts,
      BillingWorkQueue queue,
      BillingQueueDrainer drainer,
      BillingQueueWorkers workers,
      BillingRunStore runs,
      AuditLog auditLog,
      Clock clock) {
    this.partners = partners;
    this.attempts = attempts;
    this.queue = queue;
    this.drainer = drainer;
    this.workers = workers;
    this.runs = runs;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public List<BillingRun> runDue(LocalDate today) {
    List<WorkItem> due = enqueue(today, BillingQueueDrainer.JOB).due();
    drainer.drain(due);
    List<BillingRun> attempted = runs.findAll(due);
    long failed = attempted.stream().filter(r -> r.status() == BillingRunStatus.FAILED).count();
    log.info("Billing runs due on {}: {} run, {} failed", today, attempted.size() - failed, failed);
    return attempted;
  }

  @Override
  @Transactional
  public int enqueueDue(LocalDate today, Actor operator) {
    requireOperator(operator);
    BillingWorkQueue.Enqueued enqueued = enqueue(today, operator.name());
    // this node's workers start at once, when the queued items are visible to them
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            workers.wakeUp();
          }
        });
    auditLog.record(
        AuditEntry.of(operator, "billing.run.queued")
            .target("billingRuns", today)
            .detail("queued", enqueued.added())
            .build());
    return enqueued.added();
  }

  @Override
  @Transactional(readOnly = true)
  public long queuedCount(Actor operator) {
    requireOperator(operator);
    return queue.size();
  }

  /** Queues the latest billing date on or before {@code today} of every billable partner. */
  private BillingWorkQueue.Enqueued enqueue(LocalDate today, String enqueuedBy) {
    List<WorkItem> candidates =
        partners.billablePartners().stream()
            .map(
                p ->
                    new WorkItem(
                        p.partnerId(), BillingDates.latestOnOrBefore(today, p.billingDay())))
            .toList();
    BillingWorkQueue.Enqueued enqueued = queue.enqueue(candidates, enqueuedBy, clock.instant());
    log.info(
        "Billing runs due on {}: {} due, {} queued by {}",
        today,
        enqueued.due().size(),
        enqueued.added(),
        enqueuedBy);
    return enqueued;
  }

  @Override
  public BillingRun run(UUID partnerId, LocalDate invoiceDate, Actor operator) {
    requireOperator(operator);
    PartnerOverview partner =
        partners
            .findOverview(partnerId)
            .orElseThrow(() -> new NotFound("billing.partner.notFound"));
    if (partner.billingDay() == null || partner.mpnId() == null) {
      throw BusinessRuleViolation.onField("mpnId", "billing.run.noBillingDay");
    }
    if (!BillingDates.isBillingDate(invoiceDate, partner.billingDay())) {
      throw BusinessRuleViolation.onField(
          "invoiceDate",
          "billing.run.notABillingDate",
          BillingDates.latestOnOrBefore(invoiceDate, partner.billingDay()));
    }
    if (invoiceDate.isAfter(today(partner.timeZone()))) {
      throw BusinessRuleViolation.onField("invoiceDate", "billing.run.future");
    }
    return attempts.attempt(partner, invoiceDate, operator, operator.name());
  }

  @Override
  @Transactional(readOnly = true)
  public Page<BillingRun> runs(BillingRunStatus status, Pageable page, Actor operator) {
    requireOperator(operator);
    return new PageImpl<>(
        runs.page(status, (int) page.getOffset(), page.getPageSize()), page, runs.count(status));
  }

  private LocalDate today(ZoneId zone) {
    return LocalDate.ofInstant(clock.instant(), zone == null ? ZoneId.of("Asia/Shanghai") : zone);
  }

  /** Billing runs are 21Vianet's: its operators and the daily job start them. */
  private static void requireOperator(Actor actor) {
    if (actor.type() != ActorType.OPERATOR && actor.type() != ActorType.SYSTEM) {
      throw new BusinessRuleViolation("billing.run.operatorsOnly");
    }
  }
}
