package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerOverview;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One attempt at one partner's run for one invoice date, the same for an operator's run and a
 * queued one: recorded as running (in a transaction of its own, so it stays visible if the attempt
 * dies), billed in its own transaction ({@link PartnerBilling}), and recorded as failed after a
 * failure. Deliberately not transactional itself.
 */
@Component
class BillingAttempts {

  private static final Logger log = LoggerFactory.getLogger(BillingAttempts.class);

  /** The failure is also the audit entry's reason, which holds at most 1,000 characters. */
  private static final int MAX_ERROR_LENGTH = 1000;

  private final PartnerBilling billing;
  private final BillingRunStore runs;
  private final NodeName node;
  private final Clock clock;

  BillingAttempts(PartnerBilling billing, BillingRunStore runs, NodeName node, Clock clock) {
    this.billing = billing;
    this.runs = runs;
    this.node = node;
    this.clock = clock;
  }

  /**
   * Runs one partner's date and never throws for a failure of the run itself: it is recorded as
   * {@link BillingRunStatus#FAILED} with its error, and the run can simply be repeated. A date
   * already completed is returned as it is.
   *
   * @param triggeredBy who asked for the run (the daily job, an operator), shown on the run
   */
  BillingRun attempt(
      PartnerOverview partner, LocalDate invoiceDate, Actor actor, String triggeredBy) {
    BillingRun started =
        runs.start(
            partner.id(),
            partner.companyName(),
            partner.mpnId(),
            invoiceDate,
            triggeredBy,
            node.get(),
            clock.instant());
    if (started.status() == BillingRunStatus.COMPLETED) {
      return started;
    }
    try {
      return billing.bill(partner, invoiceDate, actor);
    } catch (RuntimeException failure) {
      log.error("Billing run for partner {} on {} failed", partner.id(), invoiceDate, failure);
      String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
      if (error.length() > MAX_ERROR_LENGTH) {
        error = error.substring(0, MAX_ERROR_LENGTH);
      }
      return runs.fail(partner.id(), invoiceDate, error, actor, clock.instant()).orElse(started);
    }
  }
}
