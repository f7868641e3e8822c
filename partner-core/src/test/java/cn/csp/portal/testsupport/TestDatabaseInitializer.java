package cn.csp.portal.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test application context at this JVM's {@link TestDatabase}. */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestDatabase database = TestDatabase.get();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "portal-test-database",
                Map.of(
                    "spring.datasource.url", database.jdbcUrl(),
                    "spring.datasource.username", database.username(),
                    "spring.datasource.password", database.password(),
                    // several cached test contexts share one server: keep each pool small
                    "spring.datasource.hikari.maximum-pool-size", "5")));
  }
}
