package cn.csp.portal.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerListFilter;
import cn.csp.portal.customer.CustomerListPosition;
import cn.csp.portal.customer.CustomerSearch;
import cn.csp.portal.customer.CustomerSummary;
import cn.csp.portal.customer.NewCustomer;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Generates a small data set (scale 0.01) into this JVM's test database and checks it: the volumes
 * of the scale, the links between rows that no foreign key checks, the same rows for the same seed
 * and other rows for another, and that the application works on it: every partner billed once on
 * the anchor's run, the large partner's customer list paged and searched, its admin signed in.
 */
@IntegrationTest
@Import(TestClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataGeneratorIT {

  private static final double SCALE = 0.01;
  private static final long SEED = 42;
  private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);

  @Autowired JdbcClient jdbc;
  @Autowired BillingRuns billingRuns;
  @Autowired CustomerDirectory customers;
  @Autowired PartnerAccounts partners;
  @Autowired Subscriptions subscriptions;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired TestClock clock;

  private final List<String> siblings = new ArrayList<>();
  private String report;
  private UUID large;

  @BeforeAll
  void generate() throws SQLException {
    report = generate(TestDatabase.get().jdbcUrl(), SEED, false);
    large = partners.findPartnerIdByMpnId(World.LARGE_PARTNER_MPN_ID).orElseThrow();
  }

  @AfterAll
  void dropSiblings() throws SQLException {
    for (String url : siblings) {
      Database database = new Database(url, user(), password());
      try (Connection admin =
              DriverManager.getConnection(
                  url.replace("/" + database.name(), "/postgres"), user(), password());
          Statement statement = admin.createStatement()) {
        statement.execute("drop database if exists " + database.name() + " with (force)");
      }
    }
  }

  @Test
  @Order(1)
  void generatesTheVolumesOfItsScale() {
    // 1 large partner, 1 provider, 200 and 1,000 times the scale of resellers and small partners
    assertThat(count("select count(*) from partner")).isEqualTo(14);
    assertThat(count("select count(*) from indirect_partnership where status = 'AUTHORIZED'"))
        .isEqualTo(2);
    assertThat(customersOf(World.LARGE_PARTNER_MPN_ID)).isEqualTo(1_000);
    // 250,000 subscriptions for 100,000 customers at scale 1: two and a half per customer
    long largeSubscriptions =
        count(
            "select count(*) from subscription s join partner p on p.id = s.partner_id"
                + " where p.mpn_id = '"
                + World.LARGE_PARTNER_MPN_ID
                + "'");
    assertThat(largeSubscriptions).isBetween(2_200L, 2_800L);
    assertThat(count("select count(*) from price_list where published_at is not null"))
        .isEqualTo(13);
    assertThat(count("select count(*) from price_list_item")).isEqualTo(13 * 12);
    assertThat(count("select count(*) from customer"))
        .isEqualTo(count("select count(*) from customer_partner_relationship"))
        .isEqualTo(count("select count(*) from customer_admin_user"));
    // small partners have 1-20 customers, resellers 1-3 of their own
    assertThat(
            jdbc.sql(
                    "select count(*) from customer_partner_relationship r"
                        + " join partner p on p.id = r.partner_id"
                        + " where p.mpn_id not in ('5100001', '5100002') group by r.partner_id")
                .query(Long.class)
                .list())
        .hasSize(12)
        .allSatisfy(n -> assertThat(n).isBetween(1L, 20L));
    Map<String, Long> events = new LinkedHashMap<>();
    jdbc.sql("select type, count(*) from subscription_event group by type")
        .query((rs, row) -> events.put(rs.getString(1), rs.getLong(2)))
        .list();
    assertThat(events)
        .containsKeys(
            "PURCHASE", "QUANTITY_CHANGE", "SUSPEND", "REACTIVATE", "CANCEL", "UPGRADE", "DELETE");
    assertThat(events.get("PURCHASE")).isEqualTo(count("select count(*) from subscription"));
    assertThat(count("select count(*) from usage_record")).isGreaterThan(1_000);
    // no run has billed any of them yet
    assertThat(count("select count(*) from unbilled_usage"))
        .isEqualTo(count("select count(*) from usage_record"));
    assertThat(count("select count(*) from audit_log"))
        .isGreaterThan(
            count("select count(*) from customer") + count("select count(*) from customer_order"));
    assertThat(report).contains("Rows per table:").contains("subscription_event");
  }

  @Test
  @Order(2)
  void linksRowsAsTheApplicationDoes() {
    Map<String, String> violations = new LinkedHashMap<>();
    violations.put(
        "a subscription's partner has no relationship with its customer",
        "select count(*) from subscription s where not exists (select 1 from"
            + " customer_partner_relationship r where r.partner_id = s.partner_id"
            + " and r.customer_id = s.customer_id)");
    violations.put(
        "an order of another partner or customer",
        "select count(*) from subscription s join customer_order o on o.id = s.order_id"
            + " where o.partner_id <> s.partner_id or o.customer_id <> s.customer_id");
    violations.put(
        "an event of another partner",
        "select count(*) from subscription_event e join subscription s on s.id ="
            + " e.subscription_id where e.partner_id <> s.partner_id");
    violations.put(
        "a history with gaps, or not counted in events_recorded",
        "select count(*) from subscription s join (select subscription_id, count(*) n,"
            + " max(sequence) m, min(sequence) f from subscription_event group by subscription_id)"
            + " e on e.subscription_id = s.id where e.n <> e.m or e.f <> 1 or e.m <>"
            + " s.events_recorded");
    violations.put(
        "a history not starting with its purchase",
        "select count(*) from subscription_event e where (e.sequence = 1) <> (e.type ="
            + " 'PURCHASE')");
    violations.put(
        "a status that is not the history's last word",
        "select count(*) from subscription s join subscription_event e on e.subscription_id ="
            + " s.id and e.sequence = s.events_recorded where not ((s.status = 'CANCELLED' and"
            + " e.type in ('CANCEL', 'UPGRADE')) or (s.status = 'DELETED' and e.type = 'DELETE')"
            + " or (s.status = 'SUSPENDED' and e.type = 'SUSPEND') or (s.status = 'ACTIVE' and"
            + " e.type in ('PURCHASE', 'QUANTITY_CHANGE', 'REACTIVATE')))");
    violations.put(
        "a live quantity that differs from the history",
        "select count(*) from subscription s join subscription_event e on e.subscription_id ="
            + " s.id and e.sequence = s.events_recorded where s.status in ('ACTIVE',"
            + " 'SUSPENDED') and e.quantity_after <> s.quantity");
    violations.put(
        "a quantity outside the offer's range",
        "select count(*) from subscription s join offer o on o.offer_id = s.offer_id where"
            + " s.status in ('ACTIVE', 'SUSPENDED') and s.quantity not between o.min_quantity and"
            + " o.max_quantity");
    violations.put(
        "an add-on without a base subscription of its customer that takes it",
        "select count(*) from subscription a join subscription b on b.id ="
            + " a.parent_subscription_id where b.customer_id <> a.customer_id or"
            + " b.parent_subscription_id is not null or not exists (select 1 from offer_parent op"
            + " where op.offer_id = a.offer_id and op.parent_offer_id = b.offer_id)");
    violations.put(
        "a unit price that is not the start month's list price",
        "select count(*) from subscription s join price_list_item i on i.month ="
            + " date_trunc('month', s.effective_start_date)::date and i.durable_offer_id ="
            + " s.durable_offer_id where i.unit_price <> s.unit_price");
    violations.put(
        "a term that does not end the day before a billing date",
        "select count(*) from subscription s join partner p on p.id = s.partner_id where"
            + " extract(day from s.commitment_end_date + 1) <> least(p.billing_day, extract(day"
            + " from (date_trunc('month', s.commitment_end_date + 1) + interval '1 month - 1"
            + " day')))");
    violations.put(
        "an upgrade whose target was not bought from it",
        "select count(*) from subscription_event e where e.type = 'UPGRADE' and not exists"
            + " (select 1 from subscription_event t where t.subscription_id ="
            + " e.related_subscription_id and t.sequence = 1 and t.related_subscription_id ="
            + " e.subscription_id and t.effective_date = e.effective_date)");
    violations.put(
        "usage of another partner, customer or a license subscription",
        "select count(*) from usage_record u join subscription s on s.id = u.subscription_id"
            + " where u.partner_id <> s.partner_id or u.customer_id <> s.customer_id or"
            + " s.billing_type <> 'USAGE'");
    violations.put(
        "usage before the subscription's start or after the generated year",
        "select count(*) from usage_record u join subscription s on s.id = u.subscription_id"
            + " where u.usage_date < s.effective_start_date or u.usage_date >= date '"
            + ANCHOR
            + "' or u.imported_at <= u.usage_date");
    violations.put(
        "a reseller of record who is not the customer's authorized reseller",
        "select count(*) from subscription s join customer c on c.id = s.customer_id where"
            + " s.reseller_partner_id is distinct from c.associated_reseller_id or"
            + " (s.reseller_partner_id is not null and not exists (select 1 from"
            + " indirect_partnership ip where ip.provider_id = s.partner_id and ip.reseller_id ="
            + " s.reseller_partner_id and ip.status = 'AUTHORIZED'))");
    violations.put(
        "a tier flag that does not say what the authorized partnerships say",
        "select count(*) from partner p where p.indirect_provider <> exists (select 1 from"
            + " indirect_partnership ip where ip.provider_id = p.id and ip.status = 'AUTHORIZED')"
            + " or p.indirect_reseller <> exists (select 1 from indirect_partnership ip where"
            + " ip.reseller_id = p.id and ip.status = 'AUTHORIZED')");
    violations.put(
        "a partner without its profiles, enrollment, agreement or global admin",
        "select count(*) from partner p where not exists (select 1 from partner_legal_profile x"
            + " where x.partner_id = p.id) or not exists (select 1 from partner_billing_profile x"
            + " where x.partner_id = p.id) or not exists (select 1 from"
            + " partner_organization_profile x where x.partner_id = p.id) or not exists (select 1"
            + " from partner_support_profile x where x.partner_id = p.id) or not exists (select 1"
            + " from enrollment_application x where x.partner_id = p.id and x.decision ="
            + " 'APPROVED') or not exists (select 1 from agreement_acceptance x where x.partner_id"
            + " = p.id and x.billing_day = p.billing_day) or not exists (select 1 from"
            + " partner_user u where u.partner_id = p.id and u.admin_role = 'GLOBAL_ADMIN')");
    violations.put(
        "audit entries out of time order",
        "select count(*) from (select occurred_at, lag(occurred_at) over (order by id) before"
            + " from audit_log) a where a.occurred_at < a.before");
    violations.put(
        "a sequence that would hand out a generated number again",
        "select (select count(*) from customer_order where id::bigint > (select last_value from"
            + " customer_order_number_seq)) + (select count(*) from customer where"
            + " billable_account_id::bigint > (select last_value from"
            + " customer_billable_account_seq)) + (select count(*) from partner where"
            + " billable_account_id::bigint > (select last_value from"
            + " partner_billable_account_seq))");
    violations.put(
        "order numbers not in the order the orders were placed",
        "select count(*) from (select created_at, lag(created_at) over (order by id::bigint)"
            + " before from customer_order) o where o.created_at < o.before");
    Map<String, Long> found = new LinkedHashMap<>();
    violations.forEach((what, sql) -> found.put(what, count(sql)));
    assertThat(found).allSatisfy((what, n) -> assertThat(n).as(what).isZero());
  }

  @Test
  @Order(3)
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws SQLException {
    String same = sibling("same");
    String other = sibling("other");
    generate(same, SEED, true);
    generate(other, SEED + 1, true);

    Map<String, String> generated = digests(TestDatabase.get().jdbcUrl());
    assertThat(digests(same)).isEqualTo(generated);
    Map<String, String> otherSeed = digests(other);
    // only the reference data the migrations seed is the same
    assertThat(otherSeed.get("customer")).isNotEqualTo(generated.get("customer"));
    assertThat(otherSeed.get("subscription_event"))
        .isNotEqualTo(generated.get("subscription_event"));
    assertThat(otherSeed.get("usage_record")).isNotEqualTo(generated.get("usage_record"));
  }

  @Test
  @Order(4)
  void refusesADatabaseThatHoldsPartners() {
    assertThatThrownBy(() -> generate(TestDatabase.get().jdbcUrl(), SEED, false))
        .isInstanceOf(DataGenerator.RefusedException.class)
        .hasMessageContaining("--reset");
  }

  @Test
  @Order(5)
  void theLargePartnersAdminSignsInWithTheDocumentedPassword() {
    String hash = partners.findSignIn(World.LARGE_PARTNER_ADMIN).orElseThrow().passwordHash();
    assertThat(passwordEncoder.matches(World.PASSWORD, hash)).isTrue();
  }

  /**
   * A customer and an order made through the facades now, beside generated ones: the columns the
   * generator derives by the application's rules (versions, counters, flags, links, audit details)
   * come out the same. A change of those rules fails here first.
   */
  @Test
  @Order(6)
  void generatedRowsHaveTheShapeOfRowsTheApplicationWrites() {
    clock.set(ANCHOR.plusDays(9).atTime(LocalTime.NOON).atZone(TestClock.CHINA).toInstant());
    var admin = partners.findSignIn(World.LARGE_PARTNER_ADMIN).orElseThrow();
    Actor actor = Actor.partnerUser(admin.userId(), admin.email());
    Contact contact = new Contact("芳", "王", "wang.fang@shapecheck.example.cn", "138 0013 8000");
    Address address = new Address("海淀区中关村大街 1 号", null, "北京", "北京", "100080", "CN");
    UUID made =
        customers
            .createCustomer(
                large,
                new NewCustomer(
                    "北京形状检查科技有限公司",
                    "shapecheck",
                    contact,
                    new CustomerBillingProfile(
                        "北京形状检查科技有限公司", "芳", "王", contact.email(), address, "zh-CN", "zh"),
                    null),
                actor)
            .customerId();
    String e3 =
        jdbc.sql("select offer_id from offer where name = 'Office 365 Enterprise E3'")
            .query(String.class)
            .single();
    UUID bought =
        subscriptions
            .placeOrder(
                large,
                made,
                new NewOrder("shape-check", List.of(new OrderLine(e3, 10, null, null))),
                actor)
            .lines()
            .get(0)
            .subscriptionId();

    UUID generatedCustomer =
        jdbc.sql(
                "select c.id from customer c join customer_partner_relationship r on r.customer_id"
                    + " = c.id where r.partner_id = ? and c.id <> ? order by c.billable_account_id"
                    + " limit 1")
            .params(large, made)
            .query(UUID.class)
            .single();
    assertThat(customerShape(generatedCustomer)).isEqualTo(customerShape(made));
    UUID generatedSubscription =
        jdbc.sql(
                "select id from subscription where partner_id = ? and events_recorded = 1 and"
                    + " billing_type = 'LICENSE' and parent_subscription_id is null and"
                    + " friendly_name = offer_name and id <> ? order by id limit 1")
            .params(large, bought)
            .query(UUID.class)
            .single();
    assertThat(subscriptionShape(generatedSubscription)).isEqualTo(subscriptionShape(bought));
    for (String action : List.of("customer.created", "order.placed")) {
      assertThat(auditShapes(action)).as(action).hasSize(1);
    }
  }

  private Map<String, Object> customerShape(UUID customer) {
    return jdbc.sql(
            """
            select c.version, c.created_at = c.updated_at as untouched,
                   c.billing_company_name = c.company_name as billed_as_named,
                   c.domain like '%.partner.onmschina.cn' as initial_domain,
                   r.relationship_type, r.delegated_admin, r.established_by,
                   r.delegated_admin_revoked_at is null as not_revoked,
                   r.established_at = c.created_at as related_at_creation,
                   a.email = 'admin@' || c.domain as admin_of_domain,
                   a.display_name = c.contact_first_name || ' ' || c.contact_last_name as admin_named,
                   a.must_change_password, a.enabled, a.failed_sign_ins, a.locked_until,
                   a.version as admin_version, a.created_at = c.created_at as admin_at_creation,
                   left(a.password_hash, 15) as hash_kind
              from customer c
              join customer_partner_relationship r on r.customer_id = c.id
              join customer_admin_user a on a.customer_id = c.id
             where c.id = ?
            """)
        .param(customer)
        .query()
        .singleRow();
  }

  private Map<String, Object> subscriptionShape(UUID subscription) {
    return jdbc.sql(
            """
            select s.version, s.events_recorded, s.status, s.auto_renew, s.quantity > 0 as bought,
                   s.created_at = s.updated_at as untouched, s.suspension_reason, s.suspended_on,
                   s.ended_on, s.unit_type, s.line_number,
                   s.effective_start_date = (o.created_at at time zone 'Asia/Shanghai')::date + 1
                       as starts_next_day,
                   s.unit_price = i.unit_price as list_price,
                   o.created_by = e.recorded_by as recorded_by_orderer,
                   o.created_at = s.created_at as created_with_order,
                   e.sequence, e.type, e.effective_date = s.effective_start_date as effective_at_start,
                   e.quantity_after = s.quantity as quantity_recorded,
                   e.unit_price = s.unit_price as price_recorded,
                   e.related_subscription_id, e.recorded_at = s.created_at as recorded_at_purchase
              from subscription s
              join customer_order o on o.id = s.order_id
              join subscription_event e on e.subscription_id = s.id
              join price_list_item i on i.durable_offer_id = s.durable_offer_id
                   and i.month = date_trunc('month', s.effective_start_date)::date
             where s.id = ?
            """)
        .param(subscription)
        .query()
        .singleRow();
  }

  /** The distinct shapes of an action's entries: who, on what, with which detail keys. */
  private List<Map<String, Object>> auditShapes(String action) {
    return jdbc.sql(
            """
            select distinct actor_type, target_type, partner_id is not null as for_partner,
                   (select string_agg(k, ',' order by k) from jsonb_object_keys(details) k) as keys,
                   reason
              from audit_log where action = ?
            """)
        .param(action)
        .query()
        .listOfRows();
  }

  @Test
  @Order(7)
  void theLargePartnersCustomerListPagesAndSearches() {
    long total = customersOf(World.LARGE_PARTNER_MPN_ID);
    Set<UUID> seen = new HashSet<>();
    Page<CustomerSummary> page;
    int number = 0;
    do {
      page =
          customers.search(
              large, CustomerSearch.all(), PageRequest.of(number++, 25, Sort.by("companyName")));
      assertThat(page.getTotalElements()).isEqualTo(total);
      page.forEach(c -> seen.add(c.id()));
    } while (page.hasNext());
    assertThat(seen).hasSize((int) total);

    // a common word of company names: many customers, but not all
    Page<CustomerSummary> found =
        customers.search(large, new CustomerSearch("科技", null), PageRequest.of(0, 25));
    long expected =
        count(
            "select count(*) from customer c join customer_partner_relationship r on"
                + " r.customer_id = c.id where r.partner_id = '"
                + large
                + "' and (lower(c.company_name) like '%科技%' or c.domain like '%科技%')");
    assertThat(found.getTotalElements()).isEqualTo(expected).isPositive().isLessThan(total);

    // the API's walk: keyset pages in relationship order, each customer once
    List<CustomerSummary> walked = new ArrayList<>();
    CustomerListPosition after = null;
    List<CustomerSummary> next;
    do {
      next = customers.listInRelationshipOrder(large, CustomerListFilter.all(), after, 100);
      walked.addAll(next);
      after = next.isEmpty() ? null : CustomerListPosition.after(next.get(next.size() - 1));
    } while (next.size() == 100);
    assertThat(walked).extracting(CustomerSummary::id).doesNotHaveDuplicates().hasSize((int) total);
    assertThat(walked)
        .extracting(CustomerSummary::relationshipSince)
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
  }

  /** Last: it bills, so it changes the data the other tests read. */
  @Test
  @Order(8)
  void theAnchorsBillingRunBillsEveryPartnerOnce() {
    clock.set(ANCHOR.atTime(LocalTime.of(0, 45)).atZone(TestClock.CHINA).toInstant());

    List<BillingRun> runs = billingRuns.runDue(ANCHOR);

    long partnerCount = count("select count(*) from partner");
    assertThat(runs).hasSize((int) partnerCount);
    assertThat(runs).extracting(BillingRun::status).containsOnly(BillingRunStatus.COMPLETED);
    assertThat(count("select count(*) from billing_run where status <> 'COMPLETED'")).isZero();
    assertThat(count("select count(*) from invoice")).isEqualTo(partnerCount);
    assertThat(count("select count(distinct partner_id) from invoice")).isEqualTo(partnerCount);
    BillingRun largeRun =
        runs.stream().filter(r -> r.partnerId().equals(large)).findFirst().orElseThrow();
    assertThat(largeRun.invoiceDate()).isEqualTo(ANCHOR);
    assertThat(largeRun.licenseLineCount()).isGreaterThan(1_000);
    assertThat(largeRun.usageLineCount()).isPositive();
    // every reading of the year up to the anchor is on the large partner's invoice
    assertThat(count("select count(*) from unbilled_usage where partner_id = '" + large + "'"))
        .isZero();
  }

  // ---- helpers

  private String generate(String url, long seed, boolean reset) throws SQLException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GeneratorOptions options =
        new GeneratorOptions(url, user(), password(), seed, SCALE, ANCHOR, reset);
    new DataGenerator(options, new PrintStream(out, true, StandardCharsets.UTF_8)).run();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Another database on the test server, dropped after the class. */
  private String sibling(String suffix) {
    String url = TestDatabase.get().jdbcUrl();
    String name = new Database(url, user(), password()).name();
    String siblingUrl = url.replace("/" + name, "/" + name + "_" + suffix);
    siblings.add(siblingUrl);
    return siblingUrl;
  }

  /** A digest of every generated table's rows, and of the sequences the generator sets. */
  private Map<String, String> digests(String url) throws SQLException {
    Map<String, String> digests = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection(url, user(), password());
        Statement statement = connection.createStatement()) {
      for (String table : DataGenerator.TABLES) {
        try (var rs =
            statement.executeQuery(
                "select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from "
                    + table
                    + " t")) {
          rs.next();
          digests.put(table, rs.getString(1));
        }
      }
      for (String sequence :
          List.of(
              "partner_billable_account_seq",
              "customer_billable_account_seq",
              "customer_order_number_seq")) {
        try (var rs = statement.executeQuery("select last_value from " + sequence)) {
          rs.next();
          digests.put(sequence, rs.getString(1));
        }
      }
    }
    return digests;
  }

  private long customersOf(String mpnId) {
    return count(
        "select count(*) from customer_partner_relationship r join partner p on p.id ="
            + " r.partner_id where p.mpn_id = '"
            + mpnId
            + "'");
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static String user() {
    return TestDatabase.get().username();
  }

  private static String password() {
    return TestDatabase.get().password();
  }
}
