package cn.csp.portal.web.api.model;

import cn.csp.portal.subscription.Offer;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An offer as the SDK reads it (contract 8.2). Offer ids are the catalog's own GUIDs. Prices are
 * not part of an offer: they are in the monthly price lists.
 *
 * @param rank the offer's position in the list it was read from (1 is first): catalog order, or for
 *     a customer's offers the partner's pinned offers first
 * @param uri the offer's own address, relative to {@code /v1/} like every link
 */
public record OfferJson(
    String id,
    String name,
    String description,
    int minimumQuantity,
    int maximumQuantity,
    int rank,
    String uri,
    String locale,
    String country,
    OfferCategoryJson category,
    List<String> prerequisiteOffers,
    @JsonProperty("isAddOn") boolean isAddOn,
    @JsonProperty("isAvailableForPurchase") boolean isAvailableForPurchase,
    BillingTypeJson billing,
    @JsonProperty("isAutoRenewable") boolean isAutoRenewable,
    OfferProductJson product,
    String unitType,
    List<BillingCycleJson> supportedBillingCycles,
    ResourceLinks links,
    ResourceAttributes attributes) {

  /** 21Vianet sells in China only. */
  public static final String COUNTRY = "CN";

  public static String uriOf(String offerId) {
    return "offers/" + offerId + "?country=" + COUNTRY;
  }

  /**
   * @param category the offer's category in the caller's language
   */
  public static OfferJson of(Offer offer, int rank, OfferCategoryJson category, String locale) {
    String uri = uriOf(offer.offerId());
    return new OfferJson(
        offer.offerId(),
        offer.name(),
        offer.description(),
        offer.minQuantity(),
        offer.maxQuantity(),
        rank,
        uri,
        locale,
        COUNTRY,
        category,
        offer.parentOfferIds(),
        offer.addOn(),
        // the catalog holds only offers on sale; an add-on is bought with one of its prerequisites
        true,
        BillingTypeJson.of(offer.billingType()),
        offer.isAutoRenewable(),
        OfferProductJson.of(offer),
        offer.unitType(),
        List.of(BillingCycleJson.SOLD),
        ResourceLinks.self(uri),
        ResourceAttributes.of("Offer"));
  }
}
