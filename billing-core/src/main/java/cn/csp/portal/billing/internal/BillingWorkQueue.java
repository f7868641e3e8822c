package cn.csp.portal.billing.internal;

import cn.csp.portal.kernel.PostgresArrays;
import cn.csp.portal.subscription.SubscriptionHistory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code billing_work_item} rows: runs waiting to be billed by any node. An item is claimed by
 * a row lock ({@code FOR UPDATE SKIP LOCKED}) held for as long as its partner is being billed, so
 * it is deleted only by the transaction that billed it, and comes free again if that transaction
 * dies.
 */
@Component
class BillingWorkQueue {

  private final JdbcClient jdbc;
  private final SubscriptionHistory history;

  BillingWorkQueue(JdbcClient jdbc, SubscriptionHistory history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  /** A claimed item and who queued it (recorded on the run as its trigger). */
  record Claim(WorkItem item, String enqueuedBy) {}

  /**
   * What {@link #enqueue} found: the items that are due (no completed run), whether this call or an
   * earlier one queued them, and how many this call added.
   */
  record Enqueued(List<WorkItem> due, int added) {}

  /**
   * Queues every candidate whose run has not completed, in one statement; one already queued stays
   * as it is. Each item weighs its partner's number of subscriptions, so the largest runs are
   * claimed first.
   */
  @Transactional
  Enqueued enqueue(List<WorkItem> candidates, String enqueuedBy, Instant now) {
    if (candidates.isEmpty()) {
      return new Enqueued(List.of(), 0);
    }
    List<Row> rows =
        jdbc.sql(
                """
                with due as (
                    select c.partner_id, c.invoice_date, c.weight
                      from unnest(cast(:ids as uuid[]), cast(:dates as date[]),
                                  cast(:weights as bigint[]))
                           as c (partner_id, invoice_date, weight)
                     where not exists (select 1 from billing_run r
                                        where r.partner_id = c.partner_id
                                          and r.invoice_date = c.invoice_date
                                          and r.status = 'COMPLETED')),
                added as (
                    insert into billing_work_item
                        (partner_id, invoice_date, weight, enqueued_at, enqueued_by)
                    select partner_id, invoice_date, weight, :now, :by from due
                    on conflict (partner_id, invoice_date) do nothing
                    returning partner_id, invoice_date)
                select d.partner_id, d.invoice_date, a.partner_id is not null as added
                  from due d left join added a using (partner_id, invoice_date)
                """)
            .param("ids", WorkItem.partnerIdArray(candidates))
            .param("dates", WorkItem.invoiceDateArray(candidates))
            .param("weights", weights(candidates))
            .param("now", Timestamp.from(now))
            .param("by", enqueuedBy)
            .query(
                (rs, n) ->
                    new Row(
                        new WorkItem(
                            rs.getObject("partner_id", UUID.class),
                            rs.getObject("invoice_date", LocalDate.class)),
                        rs.getBoolean("added")))
            .list();
    return new Enqueued(
        rows.stream().map(Row::item).toList(), (int) rows.stream().filter(Row::added).count());
  }

  private record Row(WorkItem item, boolean added) {}

  /** Each candidate's subscription count, as a PostgreSQL array literal in the same order. */
  private String weights(List<WorkItem> candidates) {
    Map<UUID, Long> counts =
        history.subscriptionCounts(candidates.stream().map(WorkItem::partnerId).toList());
    return PostgresArrays.literal(
        candidates.stream().map(item -> counts.getOrDefault(item.partnerId(), 0L)).toList());
  }

  /**
   * Claims the oldest item no other transaction holds, the heaviest of those queued together first,
   * locking its row until the calling transaction ends (which must then delete it, or roll back to
   * give it back).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Optional<Claim> claimNext() {
    return jdbc.sql(
            """
            select partner_id, invoice_date, enqueued_by from billing_work_item
             order by enqueued_at, weight desc, partner_id, invoice_date
             limit 1
             for update skip locked
            """)
        .query(
            (rs, n) ->
                new Claim(
                    new WorkItem(
                        rs.getObject("partner_id", UUID.class),
                        rs.getObject("invoice_date", LocalDate.class)),
                    rs.getString("enqueued_by")))
        .optional();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void remove(WorkItem item) {
    jdbc.sql("delete from billing_work_item where partner_id = :partnerId and invoice_date = :date")
        .param("partnerId", item.partnerId())
        .param("date", item.invoiceDate())
        .update();
  }

  /** How many of these items are still queued, claimed ones included. */
  @Transactional(readOnly = true)
  long countQueued(List<WorkItem> items) {
    if (items.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            """
            select count(*) from billing_work_item w
              join unnest(cast(:ids as uuid[]), cast(:dates as date[])) as i (partner_id, invoice_date)
                using (partner_id, invoice_date)
            """)
        .param("ids", WorkItem.partnerIdArray(items))
        .param("dates", WorkItem.invoiceDateArray(items))
        .query(Long.class)
        .single();
  }

  /** Every item waiting or being billed. */
  @Transactional(readOnly = true)
  long size() {
    return jdbc.sql("select count(*) from billing_work_item").query(Long.class).single();
  }
}
