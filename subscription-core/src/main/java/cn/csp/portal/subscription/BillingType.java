package cn.csp.portal.subscription;

/** How an offer is charged: licenses billed monthly in advance, or metered usage in arrears. */
public enum BillingType {
  LICENSE,
  USAGE
}
