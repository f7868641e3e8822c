package cn.csp.portal.partner;

/**
 * Where a partner stands in the CSP program (spec sections 2.3, 2.11 and 5).
 *
 * <pre>
 * PENDING_ENROLLMENT -submit-> UNDER_REVIEW -approve-> APPROVED_AWAITING_AGREEMENT -accept-> ACTIVE
 *                              UNDER_REVIEW -reject-> REJECTED -submit again-> UNDER_REVIEW
 * ACTIVE -suspend-> SUSPENDED -reinstate-> ACTIVE;  ACTIVE | SUSPENDED -terminate-> TERMINATED
 * </pre>
 *
 * Provisioning after the agreement is immediate in this portal, so there is no separate
 * provisioning state. Only an {@code ACTIVE} partner transacts; a {@code SUSPENDED} one may only
 * manage what it already has.
 */
public enum PartnerStatus {
  PENDING_ENROLLMENT,
  UNDER_REVIEW,
  REJECTED,
  APPROVED_AWAITING_AGREEMENT,
  ACTIVE,
  SUSPENDED,
  TERMINATED;

  /** Whether the partner's users may use the portal beyond the enrollment pages. */
  public boolean isProgramMember() {
    return this == ACTIVE || this == SUSPENDED;
  }
}
