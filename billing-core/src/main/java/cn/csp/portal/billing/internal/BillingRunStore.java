package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code billing_run} rows: one per partner and invoice date. */
@Component
class BillingRunStore {

  private static final String COLUMNS =
      "id, partner_id, partner_name, partner_mpn_id, invoice_date, status, invoice_id,"
          + " subscription_count, license_line_count, usage_line_count, attempts, triggered_by,"
          + " node, started_at, finished_at, error";

  private final JdbcClient jdbc;
  private final AuditLog auditLog;

  BillingRunStore(JdbcClient jdbc, AuditLog auditLog) {
    this.jdbc = jdbc;
    this.auditLog = auditLog;
  }

  /**
   * Records (in a transaction of its own, so it stays visible if the run dies) that a run starts,
   * unless the date's run already completed.
   *
   * @return the run as it now is; {@link BillingRunStatus#COMPLETED} means there is nothing to do
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  BillingRun start(
      UUID partnerId,
      String partnerName,
      String mpnId,
      LocalDate invoiceDate,
      String triggeredBy,
      String node,
      Instant now) {
    // a completed run is left alone; a concurrent completion is waited for by the upsert's row lock
    jdbc.sql(
            """
            insert into billing_run (id, partner_id, partner_name, partner_mpn_id, invoice_date,
                                     status, triggered_by, node, started_at)
            values (:id, :partnerId, :partnerName, :mpnId, :invoiceDate, 'RUNNING', :by, :node,
                    :now)
            on conflict (partner_id, invoice_date) do update
               set status = 'RUNNING', attempts = billing_run.attempts + 1,
                   triggered_by = excluded.triggered_by, node = excluded.node,
                   started_at = excluded.started_at, finished_at = null, error = null
             where billing_run.status <> 'COMPLETED'
            """)
        .param("id", UUID.randomUUID())
        .param("partnerId", partnerId)
        .param("partnerName", partnerName)
        .param("mpnId", mpnId)
        .param("invoiceDate", invoiceDate)
        .param("by", triggeredBy)
        .param("node", node)
        .param("now", Timestamp.from(now))
        .update();
    return find(partnerId, invoiceDate).orElseThrow();
  }

  /** The run as committed now (under the partner's lock, as the run's transaction sees it). */
  @Transactional
  Optional<BillingRun> find(UUID partnerId, LocalDate invoiceDate) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from billing_run where partner_id = :partnerId and invoice_date = :date")
        .param("partnerId", partnerId)
        .param("date", invoiceDate)
        .query(BillingRunStore::map)
        .optional();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void complete(
      UUID partnerId,
      LocalDate invoiceDate,
      String invoiceId,
      RatedInvoice rated,
      Instant finishedAt) {
    jdbc.sql(
            """
            update billing_run
               set status = 'COMPLETED', invoice_id = :invoiceId,
                   subscription_count = :subscriptions, license_line_count = :licenseLines,
                   usage_line_count = :usageLines, finished_at = :finishedAt, error = null
             where partner_id = :partnerId and invoice_date = :date
            """)
        .param("invoiceId", invoiceId)
        .param("subscriptions", rated.subscriptionCount())
        .param("licenseLines", rated.licenseLines().size())
        .param("usageLines", rated.usageLines().size())
        .param("finishedAt", Timestamp.from(finishedAt))
        .param("partnerId", partnerId)
        .param("date", invoiceDate)
        .update();
  }

  /** Records a failed attempt, in a transaction of its own (the run's own rolled back). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  Optional<BillingRun> fail(
      UUID partnerId, LocalDate invoiceDate, String error, Actor actor, Instant now) {
    auditLog.record(
        AuditEntry.of(actor, "billing.run.failed")
            .partner(partnerId)
            .target("billingRun", invoiceDate)
            .reason(error)
            .build());
    jdbc.sql(
            """
            update billing_run set status = 'FAILED', error = :error, finished_at = :now
             where partner_id = :partnerId and invoice_date = :date and status <> 'COMPLETED'
            """)
        .param("error", error)
        .param("now", Timestamp.from(now))
        .param("partnerId", partnerId)
        .param("date", invoiceDate)
        .update();
    return find(partnerId, invoiceDate);
  }

  /** The runs of these partners and dates (those that exist), in the items' order. */
  @Transactional(readOnly = true)
  List<BillingRun> findAll(List<WorkItem> items) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from billing_run r join unnest(cast(:ids as uuid[]), cast(:dates as date[]))"
                + " with ordinality as i (partner_id, invoice_date, position)"
                + " using (partner_id, invoice_date) order by i.position")
        .param("ids", WorkItem.partnerIdArray(items))
        .param("dates", WorkItem.invoiceDateArray(items))
        .query(BillingRunStore::map)
        .list();
  }

  @Transactional
  boolean isCompleted(UUID partnerId, LocalDate invoiceDate) {
    return jdbc.sql(
                "select count(*) from billing_run where partner_id = :partnerId"
                    + " and invoice_date = :date and status = 'COMPLETED'")
            .param("partnerId", partnerId)
            .param("date", invoiceDate)
            .query(Long.class)
            .single()
        > 0;
  }

  @Transactional
  List<BillingRun> page(BillingRunStatus status, int offset, int size) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from billing_run where (cast(:status as varchar) is null or status = :status)"
                + " order by invoice_date desc, started_at desc, id limit :size offset :offset")
        .param("status", status == null ? null : status.name())
        .param("size", size)
        .param("offset", offset)
        .query(BillingRunStore::map)
        .list();
  }

  @Transactional
  long count(BillingRunStatus status) {
    return jdbc.sql(
            "select count(*) from billing_run"
                + " where (cast(:status as varchar) is null or status = :status)")
        .param("status", status == null ? null : status.name())
        .query(Long.class)
        .single();
  }

  private static BillingRun map(ResultSet rs, int row) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new BillingRun(
        rs.getObject("id", UUID.class),
        rs.getObject("partner_id", UUID.class),
        rs.getString("partner_name"),
        rs.getString("partner_mpn_id"),
        rs.getObject("invoice_date", LocalDate.class),
        BillingRunStatus.valueOf(rs.getString("status")),
        rs.getString("invoice_id"),
        rs.getInt("subscription_count"),
        rs.getInt("license_line_count"),
        rs.getInt("usage_line_count"),
        rs.getInt("attempts"),
        rs.getString("triggered_by"),
        rs.getString("node"),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getString("error"));
  }
}
