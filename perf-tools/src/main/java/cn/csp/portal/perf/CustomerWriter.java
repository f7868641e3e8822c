package cn.csp.portal.perf;

import cn.csp.portal.kernel.CopyWriter;
import cn.csp.portal.perf.CustomerHistory.Event;
import cn.csp.portal.perf.CustomerHistory.Order;
import cn.csp.portal.perf.CustomerHistory.Sub;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the customers and their histories in passes, one per group of tables that reference only
 * tables already written: customers; relationships and admins; orders; subscriptions; history,
 * usage and audit. Each pass replays every customer ({@link CustomerSimulation}) and streams its
 * rows, so memory holds only the numbering the plan pass fixed.
 */
final class CustomerWriter {

  private static final int CHUNK = 50_000;
  private static final AuditTrail.Actor USAGE_FEED = AuditTrail.Actor.system("usage-feed");

  private final Database database;
  private final World world;
  private final CustomerSimulation simulation;
  private final UsageReadings usage;
  private final String adminPasswordHash;
  private final Stats stats;
  private final long customerAccountStart;
  private final long orderNumberStart;

  private String[] domains;
  private int[] customerRank;
  private int[] firstOrder;
  private int[] orderRank;
  private long maxCustomerAccount;
  private long maxOrderNumber;

  CustomerWriter(
      Database database,
      World world,
      CustomerSimulation simulation,
      UsageReadings usage,
      String adminPasswordHash,
      Stats stats,
      long customerAccountStart,
      long orderNumberStart) {
    this.database = database;
    this.world = world;
    this.simulation = simulation;
    this.usage = usage;
    this.adminPasswordHash = adminPasswordHash;
    this.stats = stats;
    this.customerAccountStart = customerAccountStart;
    this.orderNumberStart = orderNumberStart;
  }

  long maxCustomerAccount() {
    return maxCustomerAccount;
  }

  long maxOrderNumber() {
    return maxOrderNumber;
  }

  /**
   * Replays every customer once to fix what depends on all of them: unique initial domains, and the
   * numbers sequences hand out in time order (billable accounts, order numbers).
   */
  void plan() {
    long started = System.nanoTime();
    int total = world.customerTotal;
    domains = new String[total];
    firstOrder = new int[total + 1];
    long[] customerKeys = new long[total];
    List<long[]> orderTimes = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    int orders = 0;
    long base = world.windowStart.minusYears(1).toEpochDay() * 86_400_000L;
    for (int number = 0; number < total; number++) {
      CustomerHistory c = simulation.simulate(number);
      String domain = c.domainBase;
      for (int n = 2; !taken.add(domain); n++) {
        domain = c.domainBase + n;
      }
      domains[number] = domain + ".partner.onmschina.cn";
      customerKeys[number] = key(c.createdAt, base, number);
      firstOrder[number] = orders;
      long[] times = new long[c.orders.size()];
      for (Order order : c.orders) {
        times[order.serial] = key(order.createdAt, base, orders + order.serial);
      }
      orderTimes.add(times);
      orders += c.orders.size();
    }
    firstOrder[total] = orders;
    customerRank = ranks(customerKeys);
    long[] orderKeys = new long[orders];
    int at = 0;
    for (long[] times : orderTimes) {
      System.arraycopy(times, 0, orderKeys, at, times.length);
      at += times.length;
    }
    orderRank = ranks(orderKeys);
    maxCustomerAccount = customerAccountStart + total - 1;
    maxOrderNumber = orderNumberStart + orders - 1;
    stats.record("plan (replay of all customers)", 0, (System.nanoTime() - started) / 1_000_000);
  }

  /** Time (ms from a base) in the high bits, the item's number in the low 22. */
  private static long key(Instant at, long base, int number) {
    if (number >= (1 << 22)) {
      throw new IllegalStateException("Too many items to rank: " + number);
    }
    return ((at.toEpochMilli() - base) << 22) | number;
  }

  private static int[] ranks(long[] keys) {
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int[] rank = new int[keys.length];
    for (int i = 0; i < sorted.length; i++) {
      rank[(int) (sorted[i] & ((1 << 22) - 1))] = i;
    }
    return rank;
  }

  private String orderId(CustomerHistory c, Order order) {
    return Long.toString(orderNumberStart + orderRank[firstOrder[c.number] + order.serial]);
  }

  private String billableAccount(CustomerHistory c) {
    return Long.toString(customerAccountStart + customerRank[c.number]);
  }

  // ---- passes

  void writeCustomers() throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = database.connect();
        CopyWriter sink =
            CopyWriter.committingEvery(
                connection,
                "customer",
                CHUNK,
                "id",
                "company_name",
                "domain",
                "billable_account_id",
                "contact_first_name",
                "contact_last_name",
                "contact_email",
                "contact_phone",
                "culture",
                "language",
                "created_at",
                "updated_at",
                "version",
                "billing_company_name",
                "billing_first_name",
                "billing_last_name",
                "billing_email",
                "billing_address_line1",
                "billing_address_line2",
                "billing_city",
                "billing_state",
                "billing_postal_code",
                "billing_country",
                "associated_reseller_id")) {
      for (int number = 0; number < world.customerTotal; number++) {
        CustomerHistory c = simulation.simulate(number);
        PostalAddress a = c.address;
        sink.uuid(c.id)
            .text(c.companyName)
            .text(domains[number])
            .text(billableAccount(c))
            .text(c.contact.firstName())
            .text(c.contact.lastName())
            .text(c.contactEmail)
            .text(c.contactPhone)
            .text(c.culture)
            .text(c.language)
            .instant(c.createdAt)
            .instant(c.createdAt)
            .integer(0)
            .text(c.billingCompanyName)
            .text(c.billingPerson.firstName())
            .text(c.billingPerson.lastName())
            .text(c.billingEmail)
            .text(a.line1())
            .text(a.line2())
            .text(a.city())
            .text(a.state())
            .text(a.postalCode())
            .text(a.country())
            .uuid(c.reseller == null ? null : c.reseller.id);
        sink.endRow();
      }
      sink.close();
      stats.record("customer", sink.rows(), millisSince(started));
    }
  }

  /** The creator's reseller relationship with delegated admin, and the customer's first admin. */
  void writeRelationshipsAndAdmins() throws SQLException {
    long started = System.nanoTime();
    try (Connection first = database.connect();
        Connection second = database.connect();
        CopyWriter relationships =
            CopyWriter.committingEvery(
                first,
                "customer_partner_relationship",
                CHUNK,
                "partner_id",
                "customer_id",
                "relationship_type",
                "delegated_admin",
                "established_at",
                "delegated_admin_revoked_at",
                "established_by");
        CopyWriter admins =
            CopyWriter.committingEvery(
                second,
                "customer_admin_user",
                CHUNK,
                "id",
                "customer_id",
                "email",
                "display_name",
                "password_hash",
                "must_change_password",
                "enabled",
                "failed_sign_ins",
                "locked_until",
                "created_at",
                "updated_at",
                "version")) {
      for (int number = 0; number < world.customerTotal; number++) {
        CustomerHistory c = simulation.simulate(number);
        relationships
            .uuid(c.partner.id)
            .uuid(c.id)
            .text("RESELLER")
            .bool(true)
            .instant(c.createdAt)
            .nullValue()
            .text("CREATED");
        relationships.endRow();
        // a temporary password, shown once to the partner and to be changed at first sign-in
        admins
            .uuid(c.adminId)
            .uuid(c.id)
            .text("admin@" + domains[number])
            .text(c.adminDisplayName())
            .text(adminPasswordHash)
            .bool(true)
            .bool(true)
            .integer(0)
            .nullValue()
            .instant(c.createdAt)
            .instant(c.createdAt)
            .integer(0);
        admins.endRow();
      }
      relationships.close();
      admins.close();
      long millis = millisSince(started);
      stats.record("customer_partner_relationship", relationships.rows(), millis);
      stats.record("customer_admin_user", admins.rows(), Stats.SAME_PASS);
    }
  }

  void writeOrders() throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = database.connect();
        CopyWriter sink =
            CopyWriter.committingEvery(
                connection,
                "customer_order",
                CHUNK,
                "id",
                "partner_id",
                "customer_id",
                "request_id",
                "created_by",
                "created_at")) {
      for (int number = 0; number < world.customerTotal; number++) {
        CustomerHistory c = simulation.simulate(number);
        for (Order order : c.orders) {
          sink.text(orderId(c, order))
              .uuid(c.partner.id)
              .uuid(c.id)
              .text(order.requestId)
              .text(order.createdBy)
              .instant(order.createdAt);
          sink.endRow();
        }
      }
      sink.close();
      stats.record("customer_order", sink.rows(), millisSince(started));
    }
  }

  void writeSubscriptions() throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = database.connect();
        CopyWriter sink =
            CopyWriter.committingEvery(
                connection,
                "subscription",
                CHUNK,
                "id",
                "customer_id",
                "partner_id",
                "order_id",
                "line_number",
                "offer_id",
                "durable_offer_id",
                "offer_name",
                "friendly_name",
                "billing_type",
                "unit_type",
                "quantity",
                "unit_price",
                "parent_subscription_id",
                "created_at",
                "effective_start_date",
                "commitment_end_date",
                "auto_renew",
                "status",
                "suspension_reason",
                "suspended_on",
                "ended_on",
                "reseller_partner_id",
                "reseller_mpn_id",
                "events_recorded",
                "updated_at",
                "version")) {
      for (int number = 0; number < world.customerTotal; number++) {
        CustomerHistory c = simulation.simulate(number);
        // base subscriptions first: an add-on names its parent, which may be an upgrade's target
        // bought after the add-on itself
        for (boolean addOns : new boolean[] {false, true}) {
          for (Sub s : c.subscriptions) {
            if ((s.parent != null) != addOns) {
              continue;
            }
            sink.uuid(s.id)
                .uuid(c.id)
                .uuid(c.partner.id)
                .text(orderId(c, s.order))
                .integer(s.lineNumber)
                .text(s.offer.offerId())
                .text(s.offer.durableOfferId())
                .text(s.offer.name())
                .text(s.friendlyName)
                .text(s.offer.billingType())
                .text(s.offer.unitType())
                .integer(s.quantity)
                .decimal(s.unitPrice)
                .uuid(s.parent == null ? null : s.parent.id)
                .instant(s.createdAt)
                .date(s.start)
                .date(s.end)
                .bool(s.autoRenew)
                .text(s.status)
                .text(s.suspensionReason)
                .date(s.suspendedOn)
                .date(s.endedOn)
                .uuid(s.reseller == null ? null : s.reseller.id)
                .text(s.reseller == null ? null : s.reseller.mpnId)
                .integer(s.events.size())
                .instant(s.updatedAt)
                .integer(s.version);
            sink.endRow();
          }
        }
      }
      sink.close();
      stats.record("subscription", sink.rows(), millisSince(started));
    }
  }

  /**
   * The subscriptions' history, the usage records and every audit entry of the customers, each
   * table through a connection of its own so PostgreSQL works on them side by side.
   */
  void writeHistory(AuditTrail audit) throws SQLException {
    long started = System.nanoTime();
    try (Connection first = database.connect();
        Connection second = database.connect();
        CopyWriter events =
            CopyWriter.committingEvery(
                first,
                "subscription_event",
                CHUNK,
                "subscription_id",
                "sequence",
                "partner_id",
                "type",
                "effective_date",
                "quantity_after",
                "unit_price",
                "related_subscription_id",
                "recorded_at",
                "recorded_by");
        CopyWriter records =
            CopyWriter.committingEvery(
                second,
                "usage_record",
                CHUNK,
                "id",
                "partner_id",
                "customer_id",
                "subscription_id",
                "usage_date",
                "service_name",
                "service_type",
                "resource_guid",
                "resource_name",
                "region",
                "sku",
                "detail_line_item_id",
                "consumed_quantity",
                "included_quantity",
                "metered_region",
                "metered_service",
                "metered_service_type",
                "project",
                "service_info",
                "imported_at",
                "import_batch_id")) {
      World.Partner current = null;
      Map<UUID, long[]> batches = new LinkedHashMap<>();
      Map<UUID, Instant> batchTimes = new LinkedHashMap<>();
      for (int number = 0; number < world.customerTotal; number++) {
        CustomerHistory c = simulation.simulate(number);
        if (c.partner != current) {
          usageAudits(audit, current, batches, batchTimes);
          current = c.partner;
        }
        for (Sub s : c.subscriptions) {
          for (Event e : s.events) {
            events
                .uuid(s.id)
                .integer(e.sequence)
                .uuid(c.partner.id)
                .text(e.type)
                .date(e.effectiveDate)
                .integer(e.quantityAfter)
                .decimal(e.unitPrice)
                .uuid(e.relatedSubscriptionId)
                .instant(e.recordedAt)
                .text(e.recordedBy);
            events.endRow();
          }
          for (UsageReadings.Reading r : usage.of(c, s)) {
            UsageReadings.Meter m = r.meter();
            records
                .uuid(r.id())
                .uuid(c.partner.id)
                .uuid(c.id)
                .uuid(s.id)
                .date(r.usageDate())
                .text(m.serviceName())
                .text(m.serviceType())
                .text(m.resourceGuid())
                .text(m.resourceName())
                .text(m.region())
                .text(m.sku())
                .text("1")
                .decimal(r.consumed())
                .text("0")
                .text(m.meteredRegion())
                .text(m.meteredService())
                .text(m.meteredServiceType())
                .text(r.project())
                .text(m.serviceInfo())
                .instant(r.importedAt())
                .uuid(r.batchId());
            records.endRow();
            batches.computeIfAbsent(r.batchId(), k -> new long[1])[0]++;
            batchTimes.putIfAbsent(r.batchId(), r.importedAt());
          }
        }
        for (CustomerHistory.AuditEvent a : c.audits) {
          audit.record(
              a.at(),
              a.actor(),
              c.partner.id,
              a.action(),
              a.targetType(),
              a.targetId(),
              null,
              a.requestId(),
              resolved(c, a.details()));
        }
      }
      usageAudits(audit, current, batches, batchTimes);
      events.close();
      records.close();
      long millis = millisSince(started);
      stats.record("subscription_event", events.rows(), millis);
      stats.record("usage_record", records.rows(), Stats.SAME_PASS);
    }
  }

  /** Every generated reading waits for its first invoice, as an imported one does. */
  long listUnbilledUsage() throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      long rows =
          statement.executeUpdate(
              "insert into unbilled_usage (usage_record_id, partner_id, usage_date)"
                  + " select id, partner_id, usage_date from usage_record");
      connection.commit();
      return rows;
    }
  }

  /** One {@code billing.usage.imported} entry per partner and feed, as the import writes. */
  private static void usageAudits(
      AuditTrail audit,
      World.Partner partner,
      Map<UUID, long[]> batches,
      Map<UUID, Instant> times) {
    if (partner != null) {
      for (Map.Entry<UUID, long[]> batch : batches.entrySet()) {
        audit.record(
            times.get(batch.getKey()),
            USAGE_FEED,
            partner.id,
            "billing.usage.imported",
            "usage-import",
            batch.getKey(),
            null,
            null,
            "records",
            batch.getValue()[0],
            "source",
            "api");
      }
    }
    batches.clear();
    times.clear();
  }

  private Object[] resolved(CustomerHistory c, Object[] details) {
    Object[] out = details.clone();
    for (int i = 1; i < out.length; i += 2) {
      if (out[i] == CustomerSimulation.Placeholder.DOMAIN) {
        out[i] = domains[c.number];
      } else if (out[i] == CustomerSimulation.Placeholder.ADMIN_EMAIL) {
        out[i] = "admin@" + domains[c.number];
      } else if (out[i] instanceof Order order) {
        out[i] = orderId(c, order);
      }
    }
    return out;
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
