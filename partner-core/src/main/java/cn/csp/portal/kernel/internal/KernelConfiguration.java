package cn.csp.portal.kernel.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KernelConfiguration {

  /** The time source of every module; tests replace it with a fixed clock. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    // PostgreSQL keeps microseconds: a time read back must equal the time written
    return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
  }
}
