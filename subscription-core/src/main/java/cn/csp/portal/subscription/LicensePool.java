package cn.csp.portal.subscription;

import java.util.UUID;

/**
 * A license-based subscription of the customer as its admin center shows it: how many licenses were
 * bought and how many are assigned. Users of a suspended subscription cannot use it (spec 2.23),
 * and no license of it can be assigned until it is reactivated.
 */
public record LicensePool(
    UUID subscriptionId,
    String offerName,
    String friendlyName,
    SubscriptionStatus status,
    int purchased,
    int assigned) {

  public int available() {
    return Math.max(0, purchased - assigned);
  }

  public boolean usable() {
    return status == SubscriptionStatus.ACTIVE;
  }
}
