package cn.csp.portal.support;

/** Whom a support request is about (spec 2.30, 2.34, 2.35). */
public enum SupportScope {
  /** The partner's own problem with Partner Center. */
  PARTNER_CENTER,
  /** A customer's problem with one of its services, filed on the customer's behalf. */
  CUSTOMER
}
