package cn.csp.portal.support;

/** What a support request is about (spec 2.30; billing disputes 2.31, fraud or misuse 2.15). */
public enum SupportCategory {
  TECHNICAL,
  /** Billing questions and disputes; a dispute names an invoice and optionally one of its lines. */
  BILLING,
  SUBSCRIPTION_MANAGEMENT,
  /** Suspicious activity; may name the subscriptions it is about. */
  FRAUD_OR_MISUSE,
  OTHER
}
