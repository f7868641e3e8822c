package cn.csp.portal.partner;

/** Where an indirect partnership stands: asked by the provider, or authorized by the reseller. */
public enum PartnershipStatus {
  REQUESTED,
  AUTHORIZED
}
