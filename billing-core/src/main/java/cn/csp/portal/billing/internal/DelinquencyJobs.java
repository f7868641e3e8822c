package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.Delinquency;
import cn.csp.portal.kernel.AuditQuery;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily delinquency check (China time), after the billing job (00:45). */
@Component
class DelinquencyJobs {

  private final Delinquency delinquency;
  private final Clock clock;

  DelinquencyJobs(Delinquency delinquency, Clock clock) {
    this.delinquency = delinquency;
    this.clock = clock;
  }

  @Scheduled(cron = "${portal.jobs.delinquency.cron:0 15 1 * * *}", zone = "Asia/Shanghai")
  @SchedulerLock(
      name = "delinquency-daily",
      lockAtMostFor = "PT2H",
      lockAtLeastFor = "${portal.jobs.lock-at-least-for:PT1M}")
  void checkDaily() {
    delinquency.suspendDelinquent(
        LocalDate.ofInstant(clock.instant(), AuditQuery.ZONE), PartnerDelinquency.SYSTEM);
  }
}
