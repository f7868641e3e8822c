package cn.csp.portal.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database of one test JVM. The server is chosen in this order:
 *
 * <ol>
 *   <li>an explicitly configured server: {@code PORTAL_TEST_DATABASE_URL} (with {@code _USERNAME},
 *       {@code _PASSWORD}), as environment variables or system properties {@code
 *       portal.test.database.url} etc.;
 *   <li>a PostgreSQL 15 container, when a Docker engine answers;
 *   <li>a server on 127.0.0.1:5432, when one answers (user {@code postgres}, else {@code root},
 *       trust authentication);
 *   <li>an embedded PostgreSQL 15 (zonky), started for this JVM.
 * </ol>
 *
 * On a shared server (the first and third cases) the run creates its own database, {@code
 * portal_test_<timestamp>_<random>}, and drops it when the JVM exits, so runs never collide and
 * never touch demo or developer data. The database goes when the JVM's last context has closed.
 * Databases that earlier, killed runs left behind are dropped once they are a day old.
 */
public final class TestDatabase {

  private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
  private static final String PREFIX = "portal_test_";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  private static TestDatabase instance;

  private final String jdbcUrl;
  private final String username;
  private final String password;
  private final String description;
  private final Runnable cleanup;

  private TestDatabase(
      String jdbcUrl, String username, String password, String description, Runnable cleanup) {
    this.jdbcUrl = jdbcUrl;
    this.username = username;
    this.password = password;
    this.description = description;
    this.cleanup = cleanup;
  }

  /** The database of this JVM, created on first use. */
  public static synchronized TestDatabase get() {
    if (instance == null) {
      instance = choose();
      log.info("Integration tests use {} ({})", instance.jdbcUrl, instance.description);
    }
    return instance;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  public String description() {
    return description;
  }

  /**
   * Drops the database (or stops the server this JVM started). It must run after every application
   * context using it has closed, or their connection pools wait for a database that is gone: {@link
   * TestDatabaseInitializer} hands it to Spring Boot's shutdown handlers, which run after the
   * contexts close.
   */
  Runnable cleanup() {
    return cleanup;
  }

  private static TestDatabase choose() {
    return explicitServer()
        .or(TestDatabase::container)
        .or(TestDatabase::localServer)
        .orElseGet(TestDatabase::embedded);
  }

  private static Optional<TestDatabase> explicitServer() {
    String url = setting("portal.test.database.url", "PORTAL_TEST_DATABASE_URL");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String user = setting("portal.test.database.username", "PORTAL_TEST_DATABASE_USERNAME");
    String password = setting("portal.test.database.password", "PORTAL_TEST_DATABASE_PASSWORD");
    return Optional.of(createOn(url, user, password, "configured server"));
  }

  private static Optional<TestDatabase> container() {
    if (!dockerMayAnswer()) {
      return Optional.empty();
    }
    try {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
      container.start();
      return Optional.of(
          new TestDatabase(
              container.getJdbcUrl(),
              container.getUsername(),
              container.getPassword(),
              "Testcontainers PostgreSQL 15",
              container::stop));
    } catch (RuntimeException e) {
      log.info("Docker did not start a PostgreSQL container ({}); trying the local server", e);
      return Optional.empty();
    }
  }

  /**
   * Asking Testcontainers when no engine can exist costs a logged error block, so look for a Docker
   * endpoint first.
   */
  private static boolean dockerMayAnswer() {
    String dockerHost = System.getenv("DOCKER_HOST");
    return (dockerHost != null && !dockerHost.isBlank())
        || new File("/var/run/docker.sock").exists()
        || new File(System.getProperty("user.home"), ".docker/run/docker.sock").exists();
  }

  private static Optional<TestDatabase> localServer() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
    } catch (IOException e) {
      return Optional.empty();
    }
    for (String user : List.of("postgres", "root")) {
      try (Connection ignored = DriverManager.getConnection(LOCAL_SERVER + "postgres", user, "")) {
        return Optional.of(createOn(LOCAL_SERVER + "postgres", user, "", "local server"));
      } catch (SQLException e) {
        log.debug("Local PostgreSQL refused user {}: {}", user, e.getMessage());
      }
    }
    return Optional.empty();
  }

  private static TestDatabase embedded() {
    try {
      // stopped by cleanup(), after the contexts; not by zonky's own racing JVM hook
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      return new TestDatabase(
          postgres.getJdbcUrl("postgres", "postgres"),
          "postgres",
          "",
          "embedded PostgreSQL",
          () -> closeQuietly(postgres));
    } catch (IOException e) {
      throw new IllegalStateException("No PostgreSQL for the integration tests", e);
    }
  }

  private static TestDatabase createOn(
      String serverUrl, String user, String password, String description) {
    String name =
        PREFIX
            + LocalDateTime.now().format(STAMP)
            + "_"
            + UUID.randomUUID().toString().substring(0, 8);
    try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = admin.createStatement()) {
      dropAbandoned(statement);
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database on " + serverUrl, e);
    }
    String databaseUrl = serverUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
    return new TestDatabase(
        databaseUrl,
        user,
        password,
        description + ", database " + name,
        () -> drop(serverUrl, user, password, name));
  }

  private static void dropAbandoned(Statement statement) throws SQLException {
    String cutoff = LocalDateTime.now().minus(1, ChronoUnit.DAYS).format(STAMP);
    List<String> abandoned = new ArrayList<>();
    try (ResultSet rs =
        statement.executeQuery(
            "select datname from pg_database where datname like '" + PREFIX + "%'")) {
      while (rs.next()) {
        String name = rs.getString(1);
        String stamp = name.substring(PREFIX.length()).split("_")[0];
        if (stamp.compareTo(cutoff) < 0) {
          abandoned.add(name);
        }
      }
    }
    for (String name : abandoned) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }

  private static void drop(String serverUrl, String user, String password, String name) {
    try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    } catch (SQLException e) {
      // The JVM is exiting; a database left behind is dropped by a later run.
      System.err.println("Could not drop test database " + name + ": " + e.getMessage());
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
    }
  }

  private static String setting(String property, String environmentVariable) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(environmentVariable);
  }
}
