package cn.csp.portal.subscription.internal;

import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.SubscriptionStatus;
import cn.csp.portal.subscription.UpgradeOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rules that look across all of a customer's subscriptions, whoever sells them: upgrade
 * eligibility (spec 2.24) and "one transacting partner with delegated admin privileges per service"
 * (spec 2.27, 2.29).
 */
@Component
class UpgradeRules {

  private static final List<SubscriptionStatus> LIVE =
      List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED);

  private final SubscriptionRepository subscriptions;
  private final OfferCatalog catalog;
  private final CustomerRelationships relationships;

  UpgradeRules(
      SubscriptionRepository subscriptions,
      OfferCatalog catalog,
      CustomerRelationships relationships) {
    this.subscriptions = subscriptions;
    this.catalog = catalog;
    this.relationships = relationships;
  }

  /** Every upgrade-path target of the source, each with the reasons it cannot be chosen now. */
  List<UpgradeOption> optionsFor(SubscriptionRecord source) {
    Offer sourceOffer = catalog.find(source.offerId()).orElseThrow();
    boolean delegatedAdmin =
        relationships.hasDelegatedAdmin(source.partnerId(), source.customerId());
    List<SubscriptionRecord> others =
        subscriptions.findByCustomerIdAndStatusIn(source.customerId(), LIVE).stream()
            .filter(s -> !s.id().equals(source.id()))
            .toList();
    List<UpgradeOption> options = new ArrayList<>();
    for (Offer target : catalog.upgradeTargetsOf(sourceOffer.offerId())) {
      List<String> refusals = new ArrayList<>();
      if (source.status() != SubscriptionStatus.ACTIVE) {
        refusals.add("subscription.upgrade.notActive");
      }
      if (!delegatedAdmin) {
        refusals.add("subscription.upgrade.noDelegatedAdmin");
      }
      if (others.stream().anyMatch(s -> s.offerId().equalsIgnoreCase(target.offerId()))) {
        refusals.add("subscription.upgrade.alreadyHasTarget");
      } else {
        Set<CloudService> additional = EnumSet.noneOf(CloudService.class);
        additional.addAll(target.services());
        additional.removeAll(sourceOffer.services());
        if (others.stream().anyMatch(s -> !Collections.disjoint(servicesOf(s), additional))) {
          refusals.add("subscription.upgrade.alreadyHasServices");
        }
      }
      options.add(new UpgradeOption(target, List.copyOf(refusals)));
    }
    return options;
  }

  /**
   * Refuses an order by a partner with delegated admin privileges for a service that another such
   * partner already sells the customer. A partner without those privileges may still sell it.
   */
  void requireNoOtherTransactingPartner(UUID partnerId, UUID customerId, Offer offer) {
    if (!relationships.hasDelegatedAdmin(partnerId, customerId)) {
      return;
    }
    subscriptions.findByCustomerIdAndStatusIn(customerId, LIVE).stream()
        .filter(s -> !s.partnerId().equals(partnerId))
        .filter(s -> !Collections.disjoint(servicesOf(s), offer.services()))
        .filter(s -> relationships.hasDelegatedAdmin(s.partnerId(), customerId))
        .findFirst()
        .ifPresent(
            s -> {
              throw BusinessRuleViolation.onField(
                  "offerId", "subscription.order.serviceTransactedByAnother", s.offerName());
            });
  }

  private Set<CloudService> servicesOf(SubscriptionRecord subscription) {
    return catalog.find(subscription.offerId()).map(Offer::services).orElse(Set.of());
  }
}
