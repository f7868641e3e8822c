package cn.csp.portal.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The target database: created when missing (or dropped and created again), then migrated. */
final class Database {

  private static final Pattern URL =
      Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z_][A-Za-z0-9_]*)(\\?.*)?");

  private final String url;
  private final String user;
  private final String password;
  private final String serverUrl;
  private final String name;

  Database(String url, String user, String password) {
    Matcher matcher = URL.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Expected jdbc:postgresql://host:port/database (a plain database name), not " + url);
    }
    this.url = url;
    this.user = user;
    this.password = password;
    this.name = matcher.group(2);
    this.serverUrl =
        matcher.group(1) + "postgres" + (matcher.group(3) == null ? "" : matcher.group(3));
  }

  String name() {
    return name;
  }

  String url() {
    return url;
  }

  /** Creates the database if it does not exist; with {@code reset} drops it first. */
  void prepare(boolean reset) throws SQLException {
    try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = admin.createStatement()) {
      if (reset) {
        statement.execute("drop database if exists " + name + " with (force)");
      }
      boolean exists;
      try (ResultSet rs =
          statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        exists = rs.next();
      }
      if (!exists) {
        statement.execute("create database " + name);
      }
    }
  }

  /** Every module's migrations, as the application runs them at start-up. */
  MigrateResult migrate() {
    return Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  long count(String table) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Runs a statement that may not run in a transaction block (VACUUM). */
  void executeOutsideTransaction(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * A connection for loading: its own transactions, and commits that do not wait for the WAL to
   * reach the disk (a crashed load is simply run again with --reset).
   */
  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, password);
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("set synchronous_commit = off");
    }
    connection.commit();
    return connection;
  }
}
