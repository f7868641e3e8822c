package cn.csp.portal.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
}
