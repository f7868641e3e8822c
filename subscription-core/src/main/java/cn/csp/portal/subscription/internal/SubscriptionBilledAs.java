package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.BillingType;
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
    String resellerMpnId) {}
