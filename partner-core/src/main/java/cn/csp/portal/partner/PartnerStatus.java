package cn.csp.portal.partner;

/**
 * Where a partner stands in the CSP program (spec sections 2.3, 2.11 and 3). Only an {@code ACTIVE}
 * partner transacts; a {@code SUSPENDED} one may only manage what it already has.
 */
public enum PartnerStatus {
  PENDING_ENROLLMENT,
  UNDER_REVIEW,
  REJECTED,
  APPROVED_AWAITING_AGREEMENT,
  PROVISIONING,
  ACTIVE,
  SUSPENDED,
  TERMINATED
}
