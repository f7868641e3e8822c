package cn.csp.portal.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.web.demo.DemoDataLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run on machines without a Docker engine, so this test reads it and
 * checks it against the application's own configuration: the services, the PostgreSQL version, that
 * the portal's datasource and mail settings point at the stack's own services with matching
 * credentials, that every variable it sets is one the portal reads, ports and volumes.
 */
class DockerComposeTest {

  private static Map<String, Object> services;
  private static Map<String, Object> topLevel;
  private static Properties application;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read() throws IOException {
    try (Reader reader = Files.newBufferedReader(Path.of("../docker-compose.yml"))) {
      topLevel = new Yaml().load(reader);
    }
    services = (Map<String, Object>) topLevel.get("services");
    application = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
      application.load(reader);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) {
    return (Map<String, Object>) services.get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> environment(String name) {
    Map<String, String> environment = new HashMap<>();
    ((Map<String, Object>) service(name).get("environment"))
        .forEach((key, value) -> environment.put(key, String.valueOf(value)));
    return environment;
  }

  @Test
  void theStackHasDatabasePortalAndMailCatcher() {
    assertThat(services).containsOnlyKeys("postgres", "portal", "mailpit");
    assertThat((String) service("postgres").get("image")).matches("postgres:15([.-].*)?");
    assertThat((String) service("mailpit").get("image")).startsWith("axllent/mailpit");
    assertThat(service("portal")).containsEntry("build", ".");
  }

  @Test
  void thePortalUsesTheStacksDatabaseWithItsCredentials() {
    Map<String, String> database = environment("postgres");
    Map<String, String> portal = environment("portal");

    assertThat(portal.get("SPRING_DATASOURCE_URL"))
        .isEqualTo("jdbc:postgresql://postgres:5432/" + database.get("POSTGRES_DB"));
    assertThat(portal).containsEntry("SPRING_DATASOURCE_USERNAME", database.get("POSTGRES_USER"));
    assertThat(portal)
        .containsEntry("SPRING_DATASOURCE_PASSWORD", database.get("POSTGRES_PASSWORD"));
    assertThat(dependsOn("portal"))
        .containsEntry("postgres", Map.of("condition", "service_healthy"));
  }

  @Test
  void thePortalSendsMailToTheMailCatcher() {
    Map<String, String> portal = environment("portal");
    assertThat(portal).containsEntry("SPRING_MAIL_HOST", "mailpit");
    assertThat(portal.get("SPRING_MAIL_PORT"))
        .isEqualTo(application.getProperty("spring.mail.port"))
        .isEqualTo("1025");
  }

  @Test
  void everyVariableSetForThePortalIsOneThePortalReads() {
    Set<String> known = new TreeSet<>(application.stringPropertyNames());
    known.addAll(
        List.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "logging.structured.format.console",
            DemoDataLoader.ENABLED_PROPERTY));
    Map<String, Object> variables = new HashMap<>(environment("portal"));
    SystemEnvironmentPropertySource asSpringSeesIt =
        new SystemEnvironmentPropertySource("compose", variables);

    for (String variable : variables.keySet()) {
      assertThat(
              known.stream()
                  .anyMatch(
                      property ->
                          asSpringSeesIt.containsProperty(property)
                              && variable.equals(
                                  property.toUpperCase().replace('.', '_').replace('-', '_'))))
          .as("%s sets a property the portal reads", variable)
          .isTrue();
    }
  }

  @Test
  void portsMatchTheApplicationAndDataLivesInVolumes() {
    assertThat(ports("portal")).contains(application.getProperty("server.port") + ":8080");
    assertThat(ports("mailpit")).contains("8025:8025");
    @SuppressWarnings("unchecked")
    Map<String, Object> volumes = (Map<String, Object>) topLevel.get("volumes");
    assertThat(volumes).containsKeys("postgres-data", "mailpit-data");
    assertThat(volumeMounts("postgres")).contains("postgres-data:/var/lib/postgresql/data");
  }

  @Test
  void theImageIsBuiltFromTheWebModulesJar() throws IOException {
    String dockerfile = Files.readString(Path.of("../Dockerfile"));
    String pom = Files.readString(Path.of("pom.xml"));
    assertThat(pom).contains("<finalName>partner-portal</finalName>");
    assertThat(dockerfile)
        .contains("partner-portal-web/target/partner-portal.jar")
        .contains("EXPOSE " + application.getProperty("server.port"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> dependsOn(String name) {
    return (Map<String, Object>) service(name).get("depends_on");
  }

  @SuppressWarnings("unchecked")
  private static List<String> ports(String name) {
    return (List<String>) service(name).get("ports");
  }

  @SuppressWarnings("unchecked")
  private static List<String> volumeMounts(String name) {
    return (List<String>) service(name).get("volumes");
  }
}
