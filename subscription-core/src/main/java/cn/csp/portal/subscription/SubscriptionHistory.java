package cn.csp.portal.subscription;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The subscription history that billing rates; read-only, no actor (billing runs as the system).
 */
public interface SubscriptionHistory {

  /**
   * Every subscription of which the partner is partner of record and that has at least one event
   * effective on or before {@code upTo}, each with its events effective on or before that day,
   * ordered by customer and creation.
   */
  List<BillableSubscription> billableSubscriptions(UUID partnerId, LocalDate upTo);

  /**
   * One subscription of any partner with its whole history, or empty for an unknown id: how usage
   * records find the partner, customer and billing type of the subscription they name.
   */
  Optional<BillableSubscription> findBillable(UUID subscriptionId);

  /**
   * How many subscriptions each of these partners is partner of record of (any status; a partner
   * with none is left out): the size of its billing run, so the billing queue can start the largest
   * runs first.
   */
  Map<UUID, Long> subscriptionCounts(Collection<UUID> partnerIds);
}
