package cn.csp.portal.subscription;

/** Why a partner suspended a subscription (spec 2.15, 2.23). */
public enum SubscriptionSuspensionReason {
  CUSTOMER_REQUEST,
  NON_PAYMENT,
  FRAUD,
  OTHER
}
