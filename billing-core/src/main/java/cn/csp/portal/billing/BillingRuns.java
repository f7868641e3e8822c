package cn.csp.portal.billing;

import cn.csp.portal.kernel.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The monthly billing run (spec 2.11, 6): on each partner's billing date one invoice with its
 * license-based and usage-based reconciliation lines, written all or nothing.
 *
 * <p>Runs are idempotent and restartable: one transaction per partner and invoice date holds a
 * per-partner advisory lock and writes the invoice and every line, or nothing. A date whose run
 * completed is never billed again; a run that failed or died is simply run again and yields the
 * invoice a clean run would have.
 */
public interface BillingRuns {

  /**
   * The daily job: for every partner in the program (active or suspended) whose latest billing date
   * is {@code today} or earlier and has no completed run, runs it. Partners are independent: one
   * that fails is recorded as {@link BillingRunStatus#FAILED} and the others go on.
   *
   * <p>The due runs go into the work queue that the workers of every node share; this call bills
   * queued partners too and returns once every run it queued is done, on whichever node.
   *
   * @return the runs this call found due, as they ended: completed or failed
   */
  List<BillingRun> runDue(LocalDate today);

  /**
   * An operator's "run all due billing now": queues the runs {@link #runDue} would make and returns
   * at once; the nodes' workers bill them.
   *
   * @return how many runs were queued (runs already waiting in the queue are not counted again)
   */
  int enqueueDue(LocalDate today, Actor operator);

  /** How many runs wait in the work queue (or are being billed right now); operators only. */
  long queuedCount(Actor operator);

  /**
   * An operator's run for one partner and invoice date, which must be one of the partner's billing
   * dates and not in the future. Re-running a completed date creates nothing and returns the run as
   * it is.
   *
   * @throws cn.csp.portal.kernel.NotFound for an unknown partner
   * @throws cn.csp.portal.kernel.BusinessRuleViolation for a date that is not a billing date of the
   *     partner, a future date, or a partner that has no billing day yet
   */
  BillingRun run(UUID partnerId, LocalDate invoiceDate, Actor operator);

  /** Runs, newest invoice date first, optionally of one status; operators (and the system) only. */
  Page<BillingRun> runs(BillingRunStatus status, Pageable page, Actor operator);
}
