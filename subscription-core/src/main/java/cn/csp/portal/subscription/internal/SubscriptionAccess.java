package cn.csp.portal.subscription.internal;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.Subscription;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which subscription. A partner sees a subscription when it is the partner
 * of record or the indirect reseller of it, and only for a customer it has a relationship with;
 * only the partner of record changes it (spec 2.28). Anything else is "not found".
 */
@Component
class SubscriptionAccess {

  private final SubscriptionRepository subscriptions;
  private final CustomerDirectory customers;
  private final PartnerPermissions permissions;
  private final OfferCatalog catalog;

  SubscriptionAccess(
      SubscriptionRepository subscriptions,
      CustomerDirectory customers,
      PartnerPermissions permissions,
      OfferCatalog catalog) {
    this.subscriptions = subscriptions;
    this.customers = customers;
    this.permissions = permissions;
    this.catalog = catalog;
  }

  CustomerAccount requireCustomer(UUID partnerId, UUID customerId) {
    return customers
        .find(partnerId, customerId)
        .orElseThrow(() -> new NotFound("customer.notFound"));
  }

  void requireReader(UUID partnerId, UUID customerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.CUSTOMER_VIEW);
    requireCustomer(partnerId, customerId);
  }

  SubscriptionRecord visible(UUID partnerId, UUID customerId, UUID subscriptionId) {
    return subscriptions
        .findById(subscriptionId)
        .filter(s -> isVisible(s, partnerId, customerId))
        .orElseThrow(() -> new NotFound("subscription.notFound"));
  }

  SubscriptionRecord ownedBy(UUID partnerId, UUID customerId, UUID subscriptionId) {
    return requireOwner(visible(partnerId, customerId, subscriptionId), partnerId);
  }

  /**
   * The subscription, locked until the transaction ends, for a change by a user with {@code
   * subscription:manage} who saw {@code version}.
   */
  SubscriptionRecord forChange(
      UUID partnerId, UUID customerId, UUID subscriptionId, long version, Actor actor) {
    permissions.require(partnerId, actor, Permission.SUBSCRIPTION_MANAGE);
    requireCustomer(partnerId, customerId);
    SubscriptionRecord subscription =
        subscriptions
            .findByIdForUpdate(subscriptionId)
            .filter(s -> isVisible(s, partnerId, customerId))
            .orElseThrow(() -> new NotFound("subscription.notFound"));
    requireOwner(subscription, partnerId);
    if (subscription.version() != version) {
      throw new BusinessRuleViolation("subscription.changedBySomeoneElse");
    }
    return subscription;
  }

  Subscription toView(SubscriptionRecord s) {
    Set<CloudService> services = catalog.find(s.offerId()).map(Offer::services).orElse(Set.of());
    return new Subscription(
        s.id(),
        s.customerId(),
        s.partnerId(),
        s.orderId(),
        s.offerId(),
        s.durableOfferId(),
        s.offerName(),
        s.friendlyName(),
        s.billingType(),
        s.unitType(),
        s.quantity(),
        s.parentSubscriptionId(),
        s.createdAt(),
        s.effectiveStartDate(),
        s.commitmentEndDate(),
        s.autoRenew(),
        s.status(),
        s.suspensionReason(),
        s.suspendedOn(),
        s.resellerMpnId(),
        services,
        s.version());
  }

  private static boolean isVisible(SubscriptionRecord s, UUID partnerId, UUID customerId) {
    return s.customerId().equals(customerId)
        && (s.partnerId().equals(partnerId) || partnerId.equals(s.resellerPartnerId()));
  }

  private static SubscriptionRecord requireOwner(SubscriptionRecord s, UUID partnerId) {
    if (!s.partnerId().equals(partnerId)) {
      throw new BusinessRuleViolation("subscription.notPartnerOfRecord");
    }
    return s;
  }
}
