package cn.csp.portal.web.nodes;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.PostgresArrays;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.testsupport.TestDatabase;
import cn.csp.portal.web.billing.InvoicedPartners;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two real application nodes (JVMs of their own, see {@link PortalNode}) on the test database, as
 * behind a load balancer: a session made on one is valid on the other; the daily billing job, due
 * every five seconds here on both nodes, runs on one node at a time (ShedLock), and the 1,000
 * partners its run queues are billed by both nodes' workers with exactly one invoice each; and when
 * a node is killed mid-run the other finishes every partner, the ones the dead node held included.
 * This JVM only makes data and looks at the database: its own context has no billing workers.
 *
 * <p>The billing date is today (China) for real, since the nodes run on the real clock: the
 * partners' billing day is today's day of the month, their orders a month old. Partners appear in
 * one transaction each batch (copies of one template partner), so a due run sees all or none.
 */
@IntegrationTest
@Import(TestClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  private static final Actor SYSTEM = Actor.system("two-nodes-test");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration BILLING_TIMEOUT = Duration.ofMinutes(15);
  private static final String USER_NAME = "Two Nodes User";

  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private PortalNode nodeA;
  private PortalNode nodeB;
  private LocalDate invoiceDate;
  private UUID template;

  @BeforeAll
  void startTwoNodes() throws InterruptedException {
    invoiceDate = LocalDate.now(TestClock.CHINA);
    template = billablePartner();

    List<String> fast =
        List.of(
            // two workers a node: the kill test below counts on five drainers
            "--portal.billing.queue.workers=2",
            "--portal.billing.queue.poll-interval=PT0.5S",
            "--portal.jobs.billing.cron=*/5 * * * * *",
            "--portal.jobs.lock-at-least-for=PT1S");
    nodeA = PortalNode.start("node-a", fast);
    nodeB = PortalNode.start("node-b", fast);
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopNodes));
    nodeA.awaitHealthy(START_TIMEOUT);
    nodeB.awaitHealthy(START_TIMEOUT);
  }

  @AfterAll
  void stopNodes() {
    if (nodeA != null) {
      nodeA.stop();
    }
    if (nodeB != null) {
      nodeB.stop();
    }
  }

  @Test
  @Order(1)
  void aSessionMadeOnOneNodeIsValidOnTheOther() throws Exception {
    NewPartnerUser user =
        new NewPartnerUser(
            USER_NAME,
            PartnerFixtures.uniqueEmail("two-nodes"),
            AgentRole.ADMIN_AGENT,
            AdminRole.GLOBAL_ADMIN,
            PartnerFixtures.PASSWORD,
            false);
    partners.addUser(template, user, SYSTEM);

    Browser browser = new Browser();
    HttpResponse<String> signedIn =
        browser.submit(
            nodeA.baseUrl() + "/login",
            nodeA.baseUrl() + "/login",
            Map.of("username", user.email(), "password", PartnerFixtures.PASSWORD));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/dashboard"));

    HttpResponse<String> onB = browser.get(nodeB.baseUrl() + "/dashboard?lang=en");
    assertThat(onB.statusCode()).isEqualTo(200);
    assertThat(onB.body()).contains(USER_NAME);

    // without the cookie node B knows nobody
    HttpResponse<String> stranger = new Browser().get(nodeB.baseUrl() + "/dashboard");
    assertThat(stranger.statusCode()).isEqualTo(302);
  }

  @Test
  @Order(2)
  void oneDueRunForAThousandPartnersIsSplitAcrossBothNodes() throws Exception {
    List<UUID> batch = transactions.execute(s -> new PartnerClones(jdbc).copy(template, 1, 1000));
    Instant cloned = Instant.now();

    waitUntil("the nodes bill the thousand partners", () -> finished(batch) == batch.size());

    assertThat(queuedOf(batch)).isZero();
    assertThat(countRuns(batch, "FAILED")).isZero();
    assertThat(countRuns(batch, "COMPLETED")).isEqualTo(1000);
    assertExactlyOneInvoiceEach(batch);
    Map<String, Long> byNode = runsByNode(batch);
    assertThat(byNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
    assertThat(byNode.values()).allMatch(count -> count > 0);

    // One due run queued them all, and while it lasted (until the last partner was billed) no
    // other due run started on either node, though the job was due every five seconds on both:
    // the job's lock in the shedlock table let one node run it at a time.
    List<DueRun> dueRuns = new ArrayList<>(dueRuns(nodeA));
    dueRuns.addAll(dueRuns(nodeB));
    DueRun thisRun =
        dueRuns.stream()
            .filter(run -> run.at().isAfter(cloned) && run.queued() >= 1000)
            .min(Comparator.comparing(DueRun::at))
            .orElseThrow();
    Instant lastBilled = lastFinished(batch);
    assertThat(dueRuns)
        .filteredOn(run -> !run.at().isBefore(thisRun.at()) && !run.at().isAfter(lastBilled))
        .containsExactly(thisRun);
    assertThat(
            jdbc.sql("select count(*) from shedlock where name = 'billing-daily'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from billing_run where partner_id = any(cast(:ids as uuid[]))"
                        + " and triggered_by = 'billing-run'")
                .param("ids", PostgresArrays.literal(batch))
                .query(Long.class)
                .single())
        .isEqualTo(1000);
  }

  @Test
  @Order(3)
  void whenANodeIsKilledMidRunTheOtherFinishesItsPartners() throws Exception {
    PartnerClones clones = new PartnerClones(jdbc);
    List<UUID> batch = clones.ids(template, 2, 300);
    // Six partners in the middle of the claim order are locked by this test before they exist, as
    // a partner's run locks them: the five drainers (four workers and the due run's own thread)
    // bill up to them, then each waits on one of them holding its claim, so node A surely holds
    // partners when it dies, and the items behind them are left.
    List<UUID> inClaimOrder =
        jdbc.sql("select id from unnest(cast(:ids as uuid[])) as p (id) order by id")
            .param("ids", PostgresArrays.literal(batch))
            .query(UUID.class)
            .list();
    List<UUID> locked = inClaimOrder.subList(150, 156);
    List<UUID> heldByA;
    try (Connection locks = openConnection()) {
      for (UUID partner : locked) {
        try (PreparedStatement lock =
            locks.prepareStatement("select pg_advisory_lock(hashtextextended(?, 0))")) {
          lock.setString(1, "billing-run:" + partner);
          lock.execute();
        }
      }
      transactions.execute(s -> clones.copy(template, 2, 300));

      waitUntil(
          "every worker of both nodes waits on a locked partner, node A having billed some",
          () ->
              runningOn(locked, "node-a") >= 2
                  && runningOn(locked, "node-b") >= 2
                  && completedOn(batch, "node-a") > 0);
      heldByA = running(locked, "node-a");
      assertThat(queuedOf(batch)).isGreaterThan(locked.size());

      nodeA.kill();
    }
    // the test's locks went with its connection: node B now finishes everything
    Instant killed = Instant.now();

    waitUntil("node B bills the rest", () -> finished(batch) == batch.size());

    assertThat(nodeB.isAlive()).isTrue();
    assertThat(queuedOf(batch)).isZero();
    assertThat(countRuns(batch, "FAILED")).isZero();
    assertThat(countRuns(batch, "COMPLETED")).isEqualTo(batch.size());
    assertExactlyOneInvoiceEach(batch);
    for (UUID held : heldByA) {
      Map<String, Object> run = run(held);
      assertThat(run.get("node")).isEqualTo("node-b");
      assertThat(run.get("attempts")).isEqualTo(2);
    }
    // after the kill only node B completed runs
    assertThat(
            jdbc.sql(
                    "select count(*) from billing_run where partner_id = any(cast(:ids as uuid[]))"
                        + " and node = 'node-a' and finished_at > :killed")
                .param("ids", PostgresArrays.literal(batch))
                .param("killed", Timestamp.from(killed))
                .query(Long.class)
                .single())
        .isZero();
  }

  /** A partner whose customer bought E3 a month ago; billed today. */
  private UUID billablePartner() {
    LocalDate orderDate = invoiceDate.minusMonths(1);
    clock.setToNoonOn(orderDate);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, orderDate);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, invoiceDate);
    UUID partnerId =
        partners.createPartner(
            PartnerFixtures.aPartner("Two Nodes Partner", invoiceDate.getDayOfMonth()), SYSTEM);
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("Two Nodes Customer"), SYSTEM).customerId();
    InvoicedPartners.orderFiveE3(catalog, subscriptions, partnerId, customerId);
    clock.setToNoonOn(invoiceDate);
    return partnerId;
  }

  /** A due run as its node logged it: when it queued, and how many. */
  record DueRun(String node, Instant at, int queued) {}

  private static final Pattern DUE_RUN =
      Pattern.compile(
          "^(\\S+) .*Billing runs due on \\S+: \\d+ due, (\\d+) queued by billing-run$");

  private static List<DueRun> dueRuns(PortalNode node) throws IOException {
    List<DueRun> runs = new ArrayList<>();
    for (String line :
        Files.readAllLines(PortalNode.LOGS.resolve(node.name() + ".log"), StandardCharsets.UTF_8)) {
      Matcher due = DUE_RUN.matcher(line);
      if (due.find()) {
        runs.add(
            new DueRun(
                node.name(),
                OffsetDateTime.parse(due.group(1)).toInstant(),
                Integer.parseInt(due.group(2))));
      }
    }
    return runs;
  }

  private Instant lastFinished(List<UUID> batch) {
    return jdbc.sql(
            "select max(finished_at) from billing_run where partner_id = any(cast(:ids as uuid[]))")
        .param("ids", PostgresArrays.literal(batch))
        .query(Timestamp.class)
        .single()
        .toInstant();
  }

  private long finished(List<UUID> batch) {
    return jdbc.sql(
            """
            select count(*) from billing_run r
             where r.partner_id = any(cast(:ids as uuid[])) and r.invoice_date = :date
               and r.status in ('COMPLETED', 'FAILED')
               and not exists (select 1 from billing_work_item w
                                where w.partner_id = r.partner_id and w.invoice_date = r.invoice_date)
            """)
        .param("ids", PostgresArrays.literal(batch))
        .param("date", invoiceDate)
        .query(Long.class)
        .single();
  }

  private long queuedOf(List<UUID> batch) {
    return jdbc.sql(
            "select count(*) from billing_work_item where partner_id = any(cast(:ids as uuid[]))")
        .param("ids", PostgresArrays.literal(batch))
        .query(Long.class)
        .single();
  }

  private long countRuns(List<UUID> batch, String status) {
    return jdbc.sql(
            "select count(*) from billing_run where partner_id = any(cast(:ids as uuid[]))"
                + " and invoice_date = :date and status = :status")
        .param("ids", PostgresArrays.literal(batch))
        .param("date", invoiceDate)
        .param("status", status)
        .query(Long.class)
        .single();
  }

  private Map<String, Long> runsByNode(List<UUID> batch) {
    return jdbc
        .sql(
            "select node, count(*) as runs from billing_run"
                + " where partner_id = any(cast(:ids as uuid[])) and invoice_date = :date"
                + " group by node")
        .param("ids", PostgresArrays.literal(batch))
        .param("date", invoiceDate)
        .query((rs, n) -> Map.entry(rs.getString("node"), rs.getLong("runs")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private long completedOn(List<UUID> batch, String node) {
    return jdbc.sql(
            "select count(*) from billing_run where partner_id = any(cast(:ids as uuid[]))"
                + " and invoice_date = :date and status = 'COMPLETED' and node = :node")
        .param("ids", PostgresArrays.literal(batch))
        .param("date", invoiceDate)
        .param("node", node)
        .query(Long.class)
        .single();
  }

  private long runningOn(List<UUID> partnerIds, String node) {
    return running(partnerIds, node).size();
  }

  private List<UUID> running(List<UUID> partnerIds, String node) {
    return jdbc.sql(
            "select partner_id from billing_run where partner_id = any(cast(:ids as uuid[]))"
                + " and invoice_date = :date and status = 'RUNNING' and node = :node")
        .param("ids", PostgresArrays.literal(partnerIds))
        .param("date", invoiceDate)
        .param("node", node)
        .query(UUID.class)
        .list();
  }

  private Map<String, Object> run(UUID partnerId) {
    return jdbc.sql(
            "select node, attempts, status from billing_run"
                + " where partner_id = :p and invoice_date = :date")
        .param("p", partnerId)
        .param("date", invoiceDate)
        .query()
        .singleRow();
  }

  private void assertExactlyOneInvoiceEach(List<UUID> batch) {
    List<Long> perPartner =
        jdbc.sql(
                """
                select count(i.id) from unnest(cast(:ids as uuid[])) as p (id)
                  left join invoice i on i.partner_id = p.id and i.invoice_date = :date
                 group by p.id
                """)
            .param("ids", PostgresArrays.literal(batch))
            .param("date", invoiceDate)
            .query(Long.class)
            .list();
    assertThat(perPartner).hasSize(batch.size()).containsOnly(1L);
    // and no invoice on another date either
    assertThat(
            jdbc.sql("select count(*) from invoice where partner_id = any(cast(:ids as uuid[]))")
                .param("ids", PostgresArrays.literal(batch))
                .query(Long.class)
                .single())
        .isEqualTo(batch.size());
  }

  private static Connection openConnection() throws SQLException {
    TestDatabase database = TestDatabase.get();
    Properties login = new Properties();
    login.setProperty("user", database.username());
    if (database.password() != null) {
      login.setProperty("password", database.password());
    }
    return DriverManager.getConnection(database.jdbcUrl(), login);
  }

  /** Generous "wait until": only there so a broken build fails instead of hanging. */
  private void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
    Instant giveUp = Instant.now().plus(BILLING_TIMEOUT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError(
            "Gave up waiting until "
                + what
                + "\n--- node-a:\n"
                + nodeA.logTail()
                + "\n--- node-b:\n"
                + nodeB.logTail());
      }
      Thread.sleep(500);
    }
  }
}
