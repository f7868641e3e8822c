package cn.csp.portal.web.config;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions live in PostgreSQL (Spring Session JDBC, auto-configured by Spring Boot; tables
 * from our own Flyway migration), so any node serves any signed-in user and a node can be restarted
 * or removed without signing anybody out. Only the pages have sessions: the {@code /v1} API is
 * stateless. Everything the pages put into a session is Java-serialized into {@code
 * spring_session_attributes}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

  /**
   * Writes attributes with PostgreSQL's upsert: two requests of one session that set the same
   * attribute at once (htmx fires several) would otherwise collide on the primary key.
   */
  @Bean
  PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributes() {
    return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
  }

  /**
   * Wraps the auto-configured repository so that a request writes its session's last access time
   * only when the stored one is {@code portal.session.touch-interval} old (see {@link
   * ThrottledLastAccessSessionRepository}). Static: a post-processor is created before other beans.
   */
  @Bean
  static BeanPostProcessor throttledSessionTouches(Environment environment) {
    Duration interval =
        environment.getProperty(
            "portal.session.touch-interval", Duration.class, Duration.ofMinutes(1));
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JdbcIndexedSessionRepository sessions
            ? new ThrottledLastAccessSessionRepository(sessions, interval)
            : bean;
      }
    };
  }
}
