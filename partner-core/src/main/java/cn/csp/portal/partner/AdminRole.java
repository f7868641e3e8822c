package cn.csp.portal.partner;

/** The admin axis of a partner user: what the user can administer in the partner's own account. */
public enum AdminRole {
  GLOBAL_ADMIN,
  BILLING_ADMIN,
  USER_MANAGEMENT_ADMIN,
  NO_ADMIN
}
