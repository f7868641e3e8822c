package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.Subscriptions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily subscription jobs, shortly after midnight China time: delete subscriptions suspended
 * for 60 days, and renew terms that ended. Both are idempotent, so a missed or repeated run does no
 * harm.
 */
@Component
class SubscriptionJobs {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionJobs.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Subscriptions subscriptions;
  private final Clock clock;

  SubscriptionJobs(Subscriptions subscriptions, Clock clock) {
    this.subscriptions = subscriptions;
    this.clock = clock;
  }

  @Scheduled(cron = "${portal.jobs.subscriptions.cron:0 15 0 * * *}", zone = "Asia/Shanghai")
  @SchedulerLock(
      name = "subscriptions-daily",
      lockAtMostFor = "PT2H",
      lockAtLeastFor = "${portal.jobs.lock-at-least-for:PT1M}")
  void runDaily() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
    int deleted = subscriptions.deleteExpiredSuspensions(today);
    int renewed = subscriptions.renewEndedTerms(today);
    log.info(
        "Subscription jobs for {}: {} deleted after 60 days suspended, {} renewed",
        today,
        deleted,
        renewed);
  }
}
