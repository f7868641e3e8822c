package cn.csp.portal.billing;

/** An invoice's state: issued, then paid in part or in full by the payments recorded against it. */
public enum InvoiceStatus {
  /** Issued and nothing paid yet. */
  ISSUED,
  /** Some of the total paid, some still owed. */
  PARTIALLY_PAID,
  /** Nothing owed. */
  PAID
}
