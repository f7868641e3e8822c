package cn.csp.portal.subscription;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Orders and subscriptions (spec 2.21-2.24). A partner sees the subscriptions it is partner of
 * record of, and those it is the indirect reseller of; only the partner of record changes one (spec
 * 2.28). Changes need {@code subscription:manage}; reading needs {@code customer:view}. A suspended
 * partner may still read, suspend and cancel, but not order, change quantities, buy add-ons or
 * upgrade (spec 2.11). Every change appends a {@link SubscriptionEvent}.
 *
 * <p>Changes take the {@link Subscription#version} the user saw; if someone else changed the
 * subscription since, the change is refused and nothing is saved.
 */
public interface Subscriptions {

  /**
   * Places an order for a customer of the partner: one subscription per line, starting the next
   * day, priced from the price list in effect then and locked for the term. The same {@code
   * requestId} from the same partner returns the first order and creates nothing.
   */
  PlacedOrder placeOrder(UUID partnerId, UUID customerId, @Valid NewOrder order, Actor actor);

  /** The partner's orders for a customer, newest first. */
  List<PlacedOrder> ordersOf(UUID partnerId, UUID customerId, Actor actor);

  PlacedOrder findOrder(UUID partnerId, UUID customerId, String orderId, Actor actor);

  /** The customer's subscriptions that the partner may see, base offers before their add-ons. */
  List<Subscription> subscriptionsOf(UUID partnerId, UUID customerId, Actor actor);

  /**
   * One subscription the partner may see.
   *
   * @throws cn.csp.portal.kernel.NotFound for an unknown id or another partner's subscription
   */
  Subscription find(UUID partnerId, UUID customerId, UUID subscriptionId, Actor actor);

  /** The subscription's history, oldest first. */
  List<SubscriptionEvent> historyOf(
      UUID partnerId, UUID customerId, UUID subscriptionId, Actor actor);

  /** The unit price locked for the current term; needs {@code pricing:view}. */
  BigDecimal unitPriceOf(UUID partnerId, UUID customerId, UUID subscriptionId, Actor actor);

  Subscription changeQuantity(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      int quantity,
      long version,
      Actor actor);

  Subscription rename(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      String friendlyName,
      long version,
      Actor actor);

  /**
   * Sets the indirect reseller of record (an authorised reseller of this provider, by MPN ID), or
   * removes it when {@code resellerMpnId} is null.
   */
  Subscription setResellerOfRecord(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      String resellerMpnId,
      long version,
      Actor actor);

  Subscription suspend(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      SubscriptionSuspensionReason reason,
      long version,
      Actor actor);

  /** Within 60 days of the suspension; after that the subscription is gone. */
  Subscription reactivate(
      UUID partnerId, UUID customerId, UUID subscriptionId, long version, Actor actor);

  /** Cancels the subscription and its add-ons. */
  Subscription cancel(
      UUID partnerId, UUID customerId, UUID subscriptionId, long version, Actor actor);

  /**
   * Every target of the upgrade-path table with the reasons it cannot be chosen now (spec 2.24):
   * the subscription is not active, the partner lacks delegated admin privileges, the customer
   * already has the target, or already has a subscription with the additional services.
   */
  List<UpgradeOption> upgradeOptions(
      UUID partnerId, UUID customerId, UUID subscriptionId, Actor actor);

  /**
   * Upgrades in one transaction: the source ends with an {@code UPGRADE} event and the target is
   * bought for {@code quantity} licenses. Refused with the first reason of {@link #upgradeOptions}.
   *
   * @return the new subscription
   */
  Subscription upgrade(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      String targetOfferId,
      int quantity,
      long version,
      Actor actor);

  /**
   * The services of the customer's active subscriptions with this partner: the customer's "Service
   * management" (spec 2.32) and the services whose health the partner sees.
   */
  Set<CloudService> servicesOf(UUID partnerId, UUID customerId, Actor actor);

  /**
   * Deletes subscriptions suspended for 60 days on or before {@code today}: their customer data is
   * purged, the history billing and audit need stays. Run daily by a scheduled job.
   *
   * @return how many were deleted
   */
  int deleteExpiredSuspensions(LocalDate today);

  /**
   * Renews subscriptions whose term ended before {@code today} and that renew automatically: a new
   * term at the then-current price. Run daily by a scheduled job.
   *
   * @return how many were renewed
   */
  int renewEndedTerms(LocalDate today);
}
