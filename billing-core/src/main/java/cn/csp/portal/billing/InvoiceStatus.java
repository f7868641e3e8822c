package cn.csp.portal.billing;

/** An invoice's state. Payments (a later issue) will add the paid states. */
public enum InvoiceStatus {
  ISSUED
}
