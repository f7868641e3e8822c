package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionHistory;
import java.time.LocalDate;
import java.util.Comparator;
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

  private final SubscriptionRepository subscriptions;
  private final SubscriptionEventRepository events;

  SubscriptionHistoryService(
      SubscriptionRepository subscriptions, SubscriptionEventRepository events) {
    this.subscriptions = subscriptions;
    this.events = events;
  }

  @Override
  public List<BillableSubscription> billableSubscriptions(UUID partnerId, LocalDate upTo) {
    Map<UUID, List<SubscriptionEvent>> history =
        events.findByPartnerIdAndEffectiveDateLessThanEqual(partnerId, upTo).stream()
            .map(SubscriptionEventRecord::toEvent)
            .collect(Collectors.groupingBy(SubscriptionEvent::subscriptionId));
    return subscriptions
        .findByPartnerIdOrderByCustomerIdAscCreatedAtAscLineNumberAsc(partnerId)
        .stream()
        .filter(s -> history.containsKey(s.id()))
        .map(s -> toBillable(s, history.get(s.id())))
        .toList();
  }

  @Override
  public Optional<BillableSubscription> findBillable(UUID subscriptionId) {
    return subscriptions
        .findById(subscriptionId)
        .map(
            s ->
                toBillable(
                    s,
                    events.findByKeySubscriptionIdOrderByKeySequence(subscriptionId).stream()
                        .map(SubscriptionEventRecord::toEvent)
                        .toList()));
  }

  private static BillableSubscription toBillable(
      SubscriptionRecord s, List<SubscriptionEvent> history) {
    return new BillableSubscription(
        s.id(),
        s.partnerId(),
        s.customerId(),
        s.orderId(),
        s.offerId(),
        s.durableOfferId(),
        s.offerName(),
        s.friendlyName(),
        s.billingType(),
        s.resellerMpnId(),
        history.stream().sorted(Comparator.comparingInt(SubscriptionEvent::sequence)).toList());
  }
}
