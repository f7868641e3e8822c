package cn.csp.portal.billing.internal.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

  /** Ids per UPDATE: PostgreSQL takes at most 65,535 bind parameters in one statement. */
  private static final int MARK_CHUNK = 10_000;

  private final UsageRecordRepository records;

  UsageRecordsToBill(UsageRecordRepository records) {
    this.records = records;
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
    List<UUID> all = List.copyOf(distinct);
    int marked = 0;
    for (int from = 0; from < all.size(); from += MARK_CHUNK) {
      marked +=
          records.markBilled(
              partnerId, all.subList(from, Math.min(all.size(), from + MARK_CHUNK)), invoiceId);
    }
    if (marked != distinct.size()) {
      throw new IllegalStateException(
          "Only " + marked + " of " + distinct.size() + " usage records were still unbilled");
    }
  }
}
