package cn.csp.portal.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's subscription as its partner sees it (spec 2.21). It carries no price: prices are
 * shown only to users who may see them, through {@link Subscriptions#unitPriceOf}.
 *
 * @param partnerId the partner of record: the transacting partner, the only one that changes it
 * @param resellerMpnId the indirect reseller of record; null for none, "-1" once the partner
 *     removed it (as the reconciliation files show it)
 * @param parentSubscriptionId for an add-on, the subscription it was bought with
 * @param effectiveStartDate the day after the order
 * @param commitmentEndDate the last day of the term: 12 months, aligned to the billing day
 * @param suspendedOn set while suspended; the subscription is deleted 60 days later
 * @param version changes with every update; pass it back to change the subscription
 */
public record Subscription(
    UUID id,
    UUID customerId,
    UUID partnerId,
    String orderId,
    String offerId,
    String durableOfferId,
    String offerName,
    String friendlyName,
    BillingType billingType,
    String unitType,
    int quantity,
    UUID parentSubscriptionId,
    Instant creationDate,
    LocalDate effectiveStartDate,
    LocalDate commitmentEndDate,
    boolean autoRenewEnabled,
    SubscriptionStatus status,
    SubscriptionSuspensionReason suspensionReason,
    LocalDate suspendedOn,
    String resellerMpnId,
    Set<CloudService> services,
    long version) {

  /** The {@link #resellerMpnId} once the partner removed the reseller, as the files show it. */
  public static final String REMOVED_RESELLER = "-1";

  /** The indirect reseller of record; empty when there is none or it was removed. */
  public Optional<String> indirectResellerMpnId() {
    return resellerMpnId == null || REMOVED_RESELLER.equals(resellerMpnId)
        ? Optional.empty()
        : Optional.of(resellerMpnId);
  }

  public boolean isAddOn() {
    return parentSubscriptionId != null;
  }
}
