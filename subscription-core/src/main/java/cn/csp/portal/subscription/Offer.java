package cn.csp.portal.subscription;

import java.util.List;
import java.util.Set;

/**
 * Something a partner can sell (spec 2.4, 3). Offers are 21Vianet's catalog, the same for every
 * partner; prices are not part of an offer but of the monthly {@link PriceList}.
 *
 * @param offerId the offer's GUID in upper case; it does not match the price list
 * @param durableOfferId the GUID that the price list and the reconciliation files use
 * @param unitType "Licenses" for license-based offers, "Usage-based" otherwise
 * @param parentOfferIds for an add-on, the offers it can be bought with; empty otherwise
 * @param services the workloads a subscription to this offer gives the customer
 */
public record Offer(
    String offerId,
    String durableOfferId,
    String name,
    String description,
    CustomerSegment segment,
    BillingType billingType,
    String unitType,
    int minQuantity,
    int maxQuantity,
    boolean addOn,
    List<String> parentOfferIds,
    Set<CloudService> services) {

  public boolean isAddOnOf(String parentOfferId) {
    return addOn && parentOfferIds.contains(parentOfferId);
  }

  /**
   * Whether a subscription to this offer renews by itself at the end of its term: license-based
   * terms renew at the then-current price; usage is metered, with no term to renew.
   */
  public boolean isAutoRenewable() {
    return billingType == BillingType.LICENSE;
  }

  public boolean allowsQuantity(int quantity) {
    return quantity >= minQuantity && quantity <= maxQuantity;
  }
}
