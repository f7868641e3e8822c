package cn.csp.portal.web.api.model;

import cn.csp.portal.subscription.Subscription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A subscription as the SDK reads it (contract 8.2). The etag is the subscription's version: a
 * PATCH that sends it back is refused when someone changed the subscription in between.
 *
 * @param partnerId the MPN ID of the indirect reseller of record, as Partner Center names it;
 *     absent when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionJson(
    String id,
    String offerId,
    String offerName,
    String friendlyName,
    int quantity,
    String unitType,
    String parentSubscriptionId,
    String creationDate,
    String effectiveStartDate,
    String commitmentEndDate,
    SubscriptionStatusJson status,
    boolean autoRenewEnabled,
    @JsonProperty("isTrial") boolean isTrial,
    BillingTypeJson billingType,
    BillingCycleJson billingCycle,
    String contractType,
    String termDuration,
    String orderId,
    String partnerId,
    boolean hasPurchasableAddOns,
    ResourceLinks links,
    ResourceAttributes attributes) {

  /** The only contract type the SDK accepts; any other value throws in its setter. */
  public static final String CONTRACT_TYPE = "subscription";

  /** Every term is 12 months (spec 2.21). */
  public static final String TERM_DURATION = "P1Y";

  public static String uriOf(Subscription subscription) {
    return "customers/" + subscription.customerId() + "/subscriptions/" + subscription.id();
  }

  /**
   * @param hasPurchasableAddOns whether the catalog has add-ons for the subscription's offer that
   *     can be bought with it
   */
  public static SubscriptionJson of(Subscription s, boolean hasPurchasableAddOns) {
    return new SubscriptionJson(
        s.id().toString(),
        s.offerId(),
        s.offerName(),
        s.friendlyName() == null ? s.offerName() : s.friendlyName(),
        s.quantity(),
        s.unitType(),
        s.parentSubscriptionId() == null ? null : s.parentSubscriptionId().toString(),
        ApiDates.of(s.creationDate()),
        ApiDates.of(s.effectiveStartDate()),
        ApiDates.of(s.commitmentEndDate()),
        SubscriptionStatusJson.of(s.status()),
        s.autoRenewEnabled(),
        // the portal sells no trials
        false,
        BillingTypeJson.of(s.billingType()),
        BillingCycleJson.SOLD,
        CONTRACT_TYPE,
        TERM_DURATION,
        s.orderId(),
        s.indirectResellerMpnId().orElse(null),
        hasPurchasableAddOns,
        ResourceLinks.self(uriOf(s)).with("offer", Link.get(OfferJson.uriOf(s.offerId()))),
        new ResourceAttributes("Subscription", Long.toString(s.version())));
  }
}
