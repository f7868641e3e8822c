package cn.csp.portal.web.customers;

import cn.csp.portal.subscription.CatalogPins;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The offers a partner's users choose from when ordering (spec 2.10, 2.17, 2.21): base offers, the
 * partner's pinned ones first and marked as such, then the rest in catalog order.
 */
@Component
class OfferChoices {

  /** One offer to choose, and whether the partner pinned it. */
  public record Choice(Offer offer, boolean pinned) {}

  private final OfferCatalog catalog;
  private final CatalogPins pins;

  OfferChoices(OfferCatalog catalog, CatalogPins pins) {
    this.catalog = catalog;
    this.pins = pins;
  }

  List<Choice> baseOffersFor(UUID partnerId) {
    Set<String> pinned = new HashSet<>();
    pins.pinnedOfferIds(partnerId).forEach(id -> pinned.add(id.toUpperCase()));
    return catalog.offersFor(partnerId).stream()
        .map(offer -> new Choice(offer, pinned.contains(offer.offerId().toUpperCase())))
        .toList();
  }
}
