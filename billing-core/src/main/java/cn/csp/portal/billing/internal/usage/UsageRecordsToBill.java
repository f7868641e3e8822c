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
 * periods included. Public for the run's packages inside billing-core.
 */
@Component
public class UsageRecordsToBill {

  private final UsageRecordRepository records;
  private final EntityManager entityManager;
  private final JdbcClient jdbc;

  UsageRecordsToBill(UsageRecordRepository records, EntityManager entityManager, JdbcClient jdbc) {
    this.records = records;
    this.entityManager = entityManager;
    this.jdbc = jdbc;
  }

  /** The partner's unbilled records with a usage date on or before {@code upTo}. */
  @Transactional(readOnly = true)
  public List<UnbilledUsage> unbilled(UUID partnerId, LocalDate upTo) {
    return records.findUnbilled(partnerId, upTo);
  }

  /**
   * Marks the partner's records billed on the invoice, in the run's transaction.
   *
   * @throws IllegalStateException when one of them is unknown, another partner's or already billed
   *     (another run got there first): the run must roll back rather than bill usage twice
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void markBilled(UUID partnerId, Collection<UUID> ids, String invoiceId) {
    Set<UUID> distinct = Set.copyOf(ids);
    if (distinct.isEmpty()) {
      return;
    }
    // one statement, the ids as one array parameter joined as a table (a large partner's few
    // hundred thousand records in one pass, where chunks of bind parameters took twice as long; an
    // "id = any(array)" filter would compare every row with the whole array)
    // the update bypasses the persistence context: what the run changed there goes out first
    entityManager.flush();
    int marked =
        jdbc.sql(
                """
                update usage_record u set billed_invoice_id = :invoiceId
                  from unnest(cast(:ids as uuid[])) as billed (id)
                 where u.id = billed.id
                   and u.partner_id = :partnerId and u.billed_invoice_id is null
                """)
            .param("invoiceId", invoiceId)
            .param("partnerId", partnerId)
            .param("ids", PostgresArrays.literal(distinct))
            .update();
    if (marked != distinct.size()) {
      throw new IllegalStateException(
          "Only " + marked + " of " + distinct.size() + " usage records were still unbilled");
    }
  }
}
