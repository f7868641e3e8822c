package cn.csp.portal.web.api.model;

import cn.csp.portal.subscription.Offer;

/**
 * {@code Offer.product}. The catalog has no product level above offers; the product is the durable
 * offer, the id that price lists and reconciliation files use for the same thing sold.
 */
public record OfferProductJson(String id, String name, String unit) {

  public static OfferProductJson of(Offer offer) {
    return new OfferProductJson(offer.durableOfferId(), offer.name(), offer.unitType());
  }
}
