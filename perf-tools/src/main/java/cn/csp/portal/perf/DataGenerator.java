package cn.csp.portal.perf;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Fills a PostgreSQL database with a deterministic, realistic year of data for the benchmarks
 * (docs/performance.md): a large partner with 100,000 customers and 250,000 subscriptions, a
 * two-tier provider with 200 resellers, 1,000 small partners, twelve months of subscription history
 * and usage, and the audit trail of all of it, written with COPY in the shape the application
 * writes.
 *
 * <p>A plain program, not a Spring application: it runs the application's Flyway migrations and
 * loads rows directly. {@code scripts/generate-data} runs it.
 */
public final class DataGenerator {

  /** The tables reported at the end, in the order they are written. */
  static final List<String> TABLES =
      List.of(
          "operator_account",
          "agreement",
          "price_list",
          "price_list_item",
          "partner",
          "partner_legal_profile",
          "partner_billing_profile",
          "partner_organization_profile",
          "partner_support_profile",
          "partner_user",
          "enrollment_application",
          "agreement_acceptance",
          "indirect_partnership",
          "api_application",
          "customer",
          "customer_partner_relationship",
          "customer_admin_user",
          "customer_order",
          "subscription",
          "subscription_event",
          "usage_record",
          "unbilled_usage",
          "audit_log");

  private final GeneratorOptions options;
  private final PrintStream out;

  DataGenerator(GeneratorOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) {
    if (List.of(args).contains("--help")) {
      System.out.print(GeneratorOptions.USAGE);
      return;
    }
    quietLibraries();
    GeneratorOptions options;
    try {
      options = GeneratorOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(GeneratorOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      new DataGenerator(options, System.out).run();
    } catch (RefusedException e) {
      System.err.println(e.getMessage());
      System.exit(3);
    } catch (SQLException | RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  /** Flyway's INFO lines would drown the generator's own report. */
  private static void quietLibraries() {
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  /** The database already holds partners and --reset was not given. */
  static final class RefusedException extends RuntimeException {
    RefusedException(String message) {
      super(message);
    }
  }

  /** Generates everything; returns the row count of each table. */
  List<Stats.Line> run() throws SQLException {
    long started = System.nanoTime();
    Database database = new Database(options.url(), options.user(), options.password());
    out.printf(
        "Generating into %s: seed %d, scale %s, anchor %s%n",
        database.url(), options.seed(), options.scale(), options.anchor());
    database.prepare(options.reset());
    MigrateResult migrated = database.migrate();
    out.printf("  Flyway: %d migrations applied%n", migrated.migrationsExecuted);
    long partners = database.count("partner");
    if (partners > 0) {
      throw new RefusedException(
          "Database "
              + database.name()
              + " already holds "
              + partners
              + " partners; give --reset to drop and recreate it.");
    }
    Stats stats = new Stats(out);
    Seeds seeds = new Seeds(options.seed());
    SplittableRandom secrets = seeds.random(Seeds.Stream.REFERENCE, 1);
    String passwordHash = bcrypt(World.PASSWORD, secrets);
    String apiSecretHash = bcrypt(World.API_CLIENT_SECRET, secrets);
    String customerAdminHash = bcrypt(temporaryPassword(secrets), secrets);

    try (Connection main = database.connect()) {
      Catalog catalog = Catalog.load(main);
      PriceBook prices = new PriceBook(catalog, options.anchor());
      World world = World.build(seeds, options.scale(), options.anchor(), agreements(main));
      out.printf(
          "  %d partners (%d resellers), %d customers%n",
          world.partners.size(), world.resellers().size(), world.customerTotal);
      AuditTrail.createStaging(main);
      long customerAccountStart = sequenceStart(main, "customer_billable_account_seq");
      long orderNumberStart = sequenceStart(main, "customer_order_number_seq");

      try (Connection auditConnection = database.connect()) {
        AuditTrail audit = AuditTrail.open(auditConnection, 0);
        new WorldWriter(main, world, prices, passwordHash, apiSecretHash, audit, stats).write();
        CustomerWriter customers =
            new CustomerWriter(
                database,
                world,
                new CustomerSimulation(world, seeds, prices),
                new UsageReadings(seeds, options.anchor()),
                customerAdminHash,
                stats,
                customerAccountStart,
                orderNumberStart);
        customers.plan();
        customers.writeCustomers();
        customers.writeRelationshipsAndAdmins();
        customers.writeOrders();
        customers.writeSubscriptions();
        customers.writeHistory(audit);
        stats.time("unbilled_usage", customers::listUnbilledUsage);
        audit.close();
        stats.time("audit_log (sorted by time)", () -> AuditTrail.publish(main));
        setSequence(
            main,
            "partner_billable_account_seq",
            World.PARTNER_BILLABLE_ACCOUNT_START + world.partners.size() - 1);
        setSequence(main, "customer_billable_account_seq", customers.maxCustomerAccount());
        setSequence(main, "customer_order_number_seq", customers.maxOrderNumber());
      }
    }
    stats.time("vacuum analyze", () -> vacuumAnalyze(database));
    long millis = (System.nanoTime() - started) / 1_000_000;
    List<Stats.Line> counts = new ArrayList<>();
    out.println();
    out.println("Rows per table:");
    for (String table : TABLES) {
      long rows = database.count(table);
      counts.add(new Stats.Line(table, rows, 0));
      out.printf("  %-32s %,12d%n", table, rows);
    }
    stats.printSummary(millis);
    out.printf(
        "%nDone in %.1f s. Sign in as %s (or %s) with %s; operator %s.%n",
        millis / 1000.0,
        World.LARGE_PARTNER_ADMIN,
        World.PROVIDER_ADMIN,
        World.PASSWORD,
        World.OPERATOR_EMAIL);
    return counts;
  }

  /** The agreements the migrations seed; the generator adds earlier versions. */
  private static List<World.Agreement> agreements(Connection connection) throws SQLException {
    List<World.Agreement> agreements = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select id, type, version, title, url, published_at, published_by from agreement")) {
      while (rs.next()) {
        agreements.add(
            new World.Agreement(
                rs.getObject(1, java.util.UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                false));
      }
    }
    connection.commit();
    return agreements;
  }

  private static long sequenceStart(Connection connection, String sequence) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select start_value from pg_sequences where sequencename = ?")) {
      statement.setString(1, sequence);
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No sequence " + sequence);
        }
        return rs.getLong(1);
      }
    } finally {
      connection.commit();
    }
  }

  /** The next value the application draws follows the generated ones. */
  private static void setSequence(Connection connection, String sequence, long lastUsed)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select setval(?, ?, true)")) {
      statement.setString(1, sequence);
      statement.setLong(2, lastUsed);
      statement.executeQuery().close();
    }
    connection.commit();
  }

  private static long vacuumAnalyze(Database database) throws SQLException {
    database.executeOutsideTransaction("vacuum (analyze)");
    return 0;
  }

  /**
   * A bcrypt hash as the application's {@code DelegatingPasswordEncoder} stores it, salted from the
   * seed so the same run gives the same rows. Computed once per secret and shared by every account
   * with that secret: hashing 100,000 passwords would take hours.
   */
  static String bcrypt(String secret, SplittableRandom rng) {
    SecureRandom salt =
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            rng.nextBytes(bytes);
          }
        };
    return "{bcrypt}" + BCrypt.hashpw(secret, BCrypt.gensalt(10, salt));
  }

  /** A temporary password of the kind {@code kernel.TemporaryPasswords} makes, never shown. */
  private static String temporaryPassword(SplittableRandom rng) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    return password.toString();
  }
}
