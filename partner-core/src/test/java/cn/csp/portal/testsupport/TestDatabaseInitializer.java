package cn.csp.portal.testsupport;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at this JVM's {@link TestDatabase} and {@link TestMailServer},
 * and turns the billing queue's workers off unless a test turns them on.
 */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestDatabase database = TestDatabase.get();
    // a set: registering the same action for every context adds it once
    SpringApplication.getShutdownHandlers().add(database.cleanup());
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "portal-test-database",
                Map.of(
                    "spring.datasource.url",
                    database.jdbcUrl(),
                    "spring.datasource.username",
                    database.username(),
                    "spring.datasource.password",
                    database.password(),
                    // entities must match the Flyway schema in every module's tests
                    "spring.jpa.hibernate.ddl-auto",
                    "validate",
                    // several cached test contexts share one server: keep each pool small
                    "spring.datasource.hikari.maximum-pool-size",
                    "5",
                    // mail goes to the in-process SMTP server
                    "spring.mail.host",
                    "127.0.0.1",
                    "spring.mail.port",
                    Integer.toString(TestMailServer.get().port()),
                    "portal.mail.delivery",
                    "smtp")));
    // Defaults a test may override with its own properties. No billing workers: the contexts of one
    // JVM share its database, and a worker of another cached context would bill a test's queued
    // runs without that test's beans (and hold two of the small pool's connections).
    context
        .getEnvironment()
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "portal-test-defaults", Map.of("portal.billing.queue.workers", "0")));
  }
}
