package cn.csp.portal.subscription;

/**
 * The kinds of change in a subscription's history (spec 3, 6), which billing rates. An upgrade ends
 * the source subscription with {@code UPGRADE} and starts the target with {@code PURCHASE}; {@code
 * DELETE} records the purge of a subscription suspended for 60 days.
 */
public enum SubscriptionEventType {
  PURCHASE,
  QUANTITY_CHANGE,
  SUSPEND,
  REACTIVATE,
  CANCEL,
  RENEW,
  UPGRADE,
  DELETE
}
