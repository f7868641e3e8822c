package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.SubscriptionEvent;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** What billing names of a subscription, as the billing run reads it: values, not an entity. */
record SubscriptionBilledAs(
    UUID id,
    UUID partnerId,
    UUID customerId,
    String orderId,
    String offerId,
    String durableOfferId,
    String offerName,
    String friendlyName,
    BillingType billingType,
    String resellerMpnId) {

  /** The subscription as billing rates it, with its history (sorted oldest first here). */
  BillableSubscription withHistory(List<SubscriptionEvent> history) {
    return new BillableSubscription(
        id,
        partnerId,
        customerId,
        orderId,
        offerId,
        durableOfferId,
        offerName,
        friendlyName,
        billingType,
        resellerMpnId,
        history.stream().sorted(Comparator.comparingInt(SubscriptionEvent::sequence)).toList());
  }
}
