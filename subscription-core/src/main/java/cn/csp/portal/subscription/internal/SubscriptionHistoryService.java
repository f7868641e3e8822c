package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionHistory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SubscriptionHistoryService implements SubscriptionHistory {

  private static final int COUNT_CHUNK = 10_000;

  private final SubscriptionRepository subscriptions;
  private final SubscriptionEventRepository events;

  SubscriptionHistoryService(
      SubscriptionRepository subscriptions, SubscriptionEventRepository events) {
    this.subscriptions = subscriptions;
    this.events = events;
  }

  @Override
  public List<BillableSubscription> billableSubscriptions(UUID partnerId, LocalDate upTo) {
    // A large partner has hundreds of thousands of rows here, read inside the billing run's
    // transaction: they are read as values, never as entities its persistence context would track
    Map<UUID, List<SubscriptionEvent>> history =
        events.findHistory(partnerId, upTo).stream()
            .collect(Collectors.groupingBy(SubscriptionEvent::subscriptionId));
    return subscriptions.findBilledAs(partnerId).stream()
        .filter(s -> history.containsKey(s.id()))
        .map(s -> s.withHistory(history.get(s.id())))
        .toList();
  }

  @Override
  public Map<UUID, Long> subscriptionCounts(Collection<UUID> partnerIds) {
    Map<UUID, Long> counts = new HashMap<>();
    List<UUID> ids = List.copyOf(partnerIds);
    // chunked: PostgreSQL takes at most 65,535 bind parameters in one statement
    for (int from = 0; from < ids.size(); from += COUNT_CHUNK) {
      for (Object[] row :
          subscriptions.countByPartner(
              ids.subList(from, Math.min(ids.size(), from + COUNT_CHUNK)))) {
        counts.put((UUID) row[0], (Long) row[1]);
      }
    }
    return counts;
  }

  @Override
  public Optional<BillableSubscription> findBillable(UUID subscriptionId) {
    return subscriptions
        .findById(subscriptionId)
        .map(
            s ->
                s.billedAs()
                    .withHistory(
                        events.findByKeySubscriptionIdOrderByKeySequence(subscriptionId).stream()
                            .map(SubscriptionEventRecord::toEvent)
                            .toList()));
  }
}
