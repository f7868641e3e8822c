package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.BillingRuns;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily billing job, after the subscription jobs (00:15) have renewed the terms that end the
 * day before a billing date, so a renewal is billed on its first day. Runs are idempotent: a missed
 * day is caught up the next, a repeated one creates nothing.
 */
@Component
class BillingJobs {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final BillingRuns runs;
  private final Clock clock;

  BillingJobs(BillingRuns runs, Clock clock) {
    this.runs = runs;
    this.clock = clock;
  }

  @Scheduled(cron = "${portal.jobs.billing.cron:0 45 0 * * *}", zone = "Asia/Shanghai")
  @SchedulerLock(
      name = "billing-daily",
      lockAtMostFor = "PT6H",
      lockAtLeastFor = "${portal.jobs.lock-at-least-for:PT1M}")
  void runDaily() {
    runs.runDue(LocalDate.ofInstant(clock.instant(), CHINA));
  }
}
