package cn.csp.portal.testsupport;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at this JVM's {@link TestDatabase} and {@link TestMailServer}.
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
  }
}
