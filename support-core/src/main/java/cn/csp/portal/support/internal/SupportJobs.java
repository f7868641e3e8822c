package cn.csp.portal.support.internal;

import cn.csp.portal.support.SupportDesk;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks the SLA clocks every few minutes; each breach is flagged (and mailed) once. */
@Component
class SupportJobs {

  private final SupportDesk desk;

  SupportJobs(SupportDesk desk) {
    this.desk = desk;
  }

  @Scheduled(
      fixedDelayString = "${portal.support.breach-check-interval:PT5M}",
      initialDelayString = "${portal.support.breach-check-interval:PT5M}")
  @SchedulerLock(
      name = "support-sla-breaches",
      lockAtMostFor = "PT15M",
      lockAtLeastFor = "${portal.jobs.lock-at-least-for:PT1M}")
  void flagBreaches() {
    desk.flagBreaches();
  }
}
