package cn.csp.portal.billing.internal.usage;

import cn.csp.portal.kernel.PostgresArrays;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the billing run reads and marks: usage is billed in arrears, so an invoice dated B(n) takes
 * every unbilled record of the partner with a usage date up to B(n) − 1, latent usage from earlier
 * periods included. A record waits in {@code unbilled_usage} until a run bills it; the invoice that
 * billed it is the one whose usage line names it. Public for the run's packages inside
 * billing-core.
 */
@Component
public class UsageRecordsToBill {

  private final EntityManager entityManager;
  private final JdbcClient jdbc;

  UsageRecordsToBill(EntityManager entityManager, JdbcClient jdbc) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
  }

  /**
   * The partner's unbilled records with a usage date on or before {@code upTo}, as plain values: a
   * large partner bills hundreds of thousands, which must not become managed entities.
   */
  @Transactional(readOnly = true)
  public List<UnbilledUsage> unbilled(UUID partnerId, LocalDate upTo) {
    return jdbc.sql(
            """
            select u.id, u.customer_id, u.subscription_id, u.usage_date, u.service_name,
                   u.service_type, u.resource_guid, u.resource_name, u.region, u.sku,
                   u.detail_line_item_id, u.consumed_quantity, u.included_quantity,
                   u.metered_region, u.metered_service, u.metered_service_type, u.project,
                   u.service_info
              from unbilled_usage w
              join usage_record u on u.id = w.usage_record_id
             where w.partner_id = :partnerId and w.usage_date <= :upTo
             order by u.customer_id, u.subscription_id, u.usage_date, u.resource_guid, u.region,
                      u.detail_line_item_id, u.project
            """)
        .param("partnerId", partnerId)
        .param("upTo", upTo)
        .query(
            (rs, row) ->
                new UnbilledUsage(
                    rs.getObject(1, UUID.class),
                    partnerId,
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getBigDecimal(12),
                    rs.getBigDecimal(13),
                    rs.getString(14),
                    rs.getString(15),
                    rs.getString(16),
                    rs.getString(17),
                    rs.getString(18)))
        .list();
  }

  /**
   * Marks the partner's records billed, in the run's transaction (the invoice's usage lines,
   * written in the same transaction, say by which invoice).
   *
   * @throws IllegalStateException when one of them is unknown, another partner's or already billed
   *     (another run got there first): the run must roll back rather than bill usage twice
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void markBilled(UUID partnerId, Collection<UUID> ids) {
    Set<UUID> distinct = Set.copyOf(ids);
    if (distinct.isEmpty()) {
      return;
    }
    // one statement, the ids as one array parameter joined as a table (a large partner's few
    // hundred thousand records in one pass, where chunks of bind parameters took twice as long; an
    // "id = any(array)" filter would compare every row with the whole array)
    // the delete bypasses the persistence context: what the run changed there goes out first
    entityManager.flush();
    int marked =
        jdbc.sql(
                """
                delete from unbilled_usage w
                 using unnest(cast(:ids as uuid[])) as billed (id)
                 where w.usage_record_id = billed.id and w.partner_id = :partnerId
                """)
            .param("partnerId", partnerId)
            .param("ids", PostgresArrays.literal(distinct))
            .update();
    if (marked != distinct.size()) {
      throw new IllegalStateException(
          "Only " + marked + " of " + distinct.size() + " usage records were still unbilled");
    }
  }

  /** Puts a new import's records on the list of usage to bill. */
  @Transactional(propagation = Propagation.MANDATORY)
  void awaitBilling(UUID importBatchId) {
    jdbc.sql(
            """
            insert into unbilled_usage (usage_record_id, partner_id, usage_date)
            select id, partner_id, usage_date from usage_record where import_batch_id = :batch
            """)
        .param("batch", importBatchId)
        .update();
  }
}
