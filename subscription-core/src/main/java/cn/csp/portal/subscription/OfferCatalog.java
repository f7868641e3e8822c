package cn.csp.portal.subscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 21Vianet's catalog of offers sold in China (spec 2.4, 2.10, 2.24): the offers, their add-ons and
 * the upgrade paths between them. Reading the catalog needs no permission; prices do ({@link
 * PriceLists}).
 */
public interface OfferCatalog {

  /** Every offer, grouped by segment and then by name. */
  List<Offer> offers();

  /**
   * Every base offer (not add-ons) in the order a partner's users choose from: the partner's pinned
   * offers first, in pin order, then the rest in catalog order (spec 2.10).
   */
  List<Offer> offersFor(UUID partnerId);

  /** By offer id, case-insensitively. */
  Optional<Offer> find(String offerId);

  /** By the durable offer id that price lists use, case-insensitively. */
  Optional<Offer> findByDurableOfferId(String durableOfferId);

  /** The add-ons that can be bought with a subscription to {@code parentOfferId}. */
  List<Offer> addOnsOf(String parentOfferId);

  /** The offers a subscription to {@code offerId} may be upgraded to (the table of spec 2.24). */
  List<Offer> upgradeTargetsOf(String offerId);
}
