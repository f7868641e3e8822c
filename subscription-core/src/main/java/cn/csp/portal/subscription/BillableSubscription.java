package cn.csp.portal.subscription;

import java.util.List;
import java.util.UUID;

/**
 * A subscription as billing rates it: what the reconciliation files name, and its whole history.
 *
 * @param resellerMpnId the indirect reseller of record; null for a direct sale (the files then show
 *     the partner's own MPN ID), {@code "-1"} once the partner removed the reseller
 * @param events the history, oldest first
 */
public record BillableSubscription(
    UUID subscriptionId,
    UUID partnerId,
    UUID customerId,
    String orderId,
    String offerId,
    String durableOfferId,
    String offerName,
    String friendlyName,
    BillingType billingType,
    String resellerMpnId,
    List<SubscriptionEvent> events) {}
