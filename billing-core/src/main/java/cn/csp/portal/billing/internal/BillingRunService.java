package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The billing run's orchestration. Deliberately not transactional itself: each partner's run is its
 * own transaction ({@link PartnerBilling}), recorded as running before and as failed (in a
 * transaction of its own) after a failure, so partners never wait on or undo each other.
 */
@Service
class BillingRunService implements BillingRuns {

  private static final Logger log = LoggerFactory.getLogger(BillingRunService.class);
  private static final int PARTNER_PAGE = 200;
  private static final int MAX_ERROR_LENGTH = 2000;

  private final PartnerAccounts partners;
  private final PartnerBilling billing;
  private final BillingRunStore runs;
  private final Clock clock;

  BillingRunService(
      PartnerAccounts partners, PartnerBilling billing, BillingRunStore runs, Clock clock) {
    this.partners = partners;
    this.billing = billing;
    this.runs = runs;
    this.clock = clock;
  }

  @Override
  public List<BillingRun> runDue(LocalDate today) {
    Actor job = Actor.system("billing-run");
    List<BillingRun> attempted = new ArrayList<>();
    for (PartnerStatus status : List.of(PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED)) {
      for (PartnerOverview partner : programMembers(status)) {
        if (partner.billingDay() == null || partner.mpnId() == null) {
          continue;
        }
        LocalDate due = BillingDates.latestOnOrBefore(today, partner.billingDay());
        if (runs.isCompleted(partner.id(), due)) {
          continue;
        }
        attempted.add(runOne(partner, due, job));
      }
    }
    long failed = attempted.stream().filter(r -> r.status() == BillingRunStatus.FAILED).count();
    log.info("Billing runs due on {}: {} run, {} failed", today, attempted.size() - failed, failed);
    return attempted;
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
    return runOne(partner, invoiceDate, operator);
  }

  @Override
  @Transactional(readOnly = true)
  public Page<BillingRun> runs(BillingRunStatus status, Pageable page, Actor operator) {
    requireOperator(operator);
    return new PageImpl<>(
        runs.page(status, (int) page.getOffset(), page.getPageSize()), page, runs.count(status));
  }

  /**
   * Runs one partner's date and never throws for a failure of the run itself: it is recorded as
   * {@link BillingRunStatus#FAILED} with its error, and the run can simply be repeated.
   */
  private BillingRun runOne(PartnerOverview partner, LocalDate invoiceDate, Actor actor) {
    BillingRun started =
        runs.start(
            partner.id(),
            partner.companyName(),
            partner.mpnId(),
            invoiceDate,
            actor.name(),
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

  private List<PartnerOverview> programMembers(PartnerStatus status) {
    List<PartnerOverview> all = new ArrayList<>();
    Page<PartnerOverview> page;
    int number = 0;
    do {
      page = partners.searchPartners(status, null, PageRequest.of(number++, PARTNER_PAGE));
      all.addAll(page.getContent());
    } while (page.hasNext());
    return all;
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
