package cn.csp.portal.subscription;

/** The customer segment an offer is sold to; the catalog groups offers by it (spec 2.10). */
public enum CustomerSegment {
  ENTERPRISE,
  SMALL_BUSINESS,
  GOVERNMENT
}
