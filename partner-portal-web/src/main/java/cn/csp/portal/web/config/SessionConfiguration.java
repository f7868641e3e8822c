package cn.csp.portal.web.config;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTTP sessions live in PostgreSQL (Spring Session JDBC, auto-configured by Spring Boot; tables
 * from our own Flyway migration), so any node serves any signed-in user and a node can be restarted
 * or removed without signing anybody out. Only the pages have sessions: the {@code /v1} API is
 * stateless. Everything the pages put into a session is Java-serialized into {@code
 * spring_session_attributes}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

  private static final String SESSION_POOL_GAUGES = "session";

  /**
   * Writes attributes with PostgreSQL's upsert: two requests of one session that set the same
   * attribute at once (htmx fires several) would otherwise collide on the primary key.
   */
  @Bean
  PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributes() {
    return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
  }

  /**
   * The session store's own handle on the portal's connection pool. Its statements then run in
   * transactions of their own even when the response is committed inside one of the application's
   * (a streamed reconciliation file commits it while its read-only transaction is open): a
   * transaction manager finds a transaction by its data source, and this one is a different object
   * from the application's. Not a default candidate, so the application's injections still see one
   * data source; its health and pool gauges are reported once (below).
   */
  @Bean(name = SESSION_POOL_GAUGES + "DataSource", defaultCandidate = false)
  @SpringSessionDataSource
  DataSource sessionDataSource(DataSource dataSource) {
    return new DelegatingDataSource(dataSource);
  }

  /**
   * The database's health, checked once: the session store's handle is the same pool, and a check
   * of it under a second name would say nothing new.
   */
  @Bean
  HealthContributor dbHealthContributor(DataSource dataSource) {
    return new DataSourceHealthIndicator(dataSource);
  }

  /**
   * The pool's gauges once too ({@code jdbc.connections}), under the application's data source.
   * Spring Boot names a data source's gauges after its bean, less "DataSource": this handle's are
   * {@code name="session"}.
   */
  @Bean
  MeterFilter onePoolOneSetOfGauges() {
    return MeterFilter.deny(
        id ->
            id.getName().startsWith("jdbc.connections")
                && SESSION_POOL_GAUGES.equals(id.getTag("name")));
  }

  /**
   * Session reads and writes in plain JDBC transactions (Spring Session's default propagation,
   * {@code REQUIRES_NEW}), not in JPA ones: the portal's transaction manager would open an entity
   * manager and a Hibernate session around each of these statements, on every request.
   */
  @Bean(defaultCandidate = false)
  TransactionOperations springSessionTransactionOperations(
      @SpringSessionDataSource DataSource sessionDataSource) {
    TransactionTemplate transactions =
        new TransactionTemplate(new JdbcTransactionManager(sessionDataSource));
    transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    return transactions;
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

  /**
   * Wraps Spring Session's filter (ordered just before it, on every dispatch it runs on) and tells
   * the repository when a request is over, so that what one request saved never answers another
   * request's lookup.
   */
  @Bean
  FilterRegistrationBean<Filter> sessionRequestBoundary(
      SessionRepository<?> sessions, SessionProperties properties) {
    if (!(sessions instanceof ThrottledLastAccessSessionRepository repository)) {
      throw new IllegalStateException("Sessions are expected in the JDBC store: " + sessions);
    }
    Filter boundary =
        (request, response, chain) -> {
          try {
            chain.doFilter(request, response);
          } finally {
            repository.requestEnded();
          }
        };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(boundary);
    registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
    registration.setOrder(properties.getServlet().getFilterOrder() - 1);
    return registration;
  }
}
