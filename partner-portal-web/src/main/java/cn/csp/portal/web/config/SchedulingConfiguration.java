package cn.csp.portal.web.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The modules' scheduled jobs (subscription renewals and the 60-day deletion, finance charges,
 * billing runs, delinquency, SLA breaches, the API's idempotency clean-up) run on every node's
 * scheduler, and each {@code @Scheduled} method carries ShedLock's {@code @SchedulerLock}: the node
 * that takes the job's row in the {@code shedlock} table (partner-core kernel migration) runs it,
 * the others skip that run. Lock times are the database's clock, so nodes whose clocks drift still
 * agree on when a lock ends.
 *
 * <p>{@code lockAtMostFor} bounds how long a crashed node holds a job; {@code lockAtLeastFor}
 * ({@code portal.jobs.lock-at-least-for}, one minute) keeps a node whose clock runs a little late
 * from starting the run another node has just finished.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

  @Bean
  LockProvider scheduledJobLocks(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
  }
}
