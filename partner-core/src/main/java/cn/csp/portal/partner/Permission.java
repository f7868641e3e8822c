package cn.csp.portal.partner;

/**
 * Everything a partner user may be allowed to do, as {@code group:action} pairs. Roles map to these
 * in {@link RolePermissions}; the server checks these, never role names.
 */
public enum Permission {
  CUSTOMER_VIEW("customer:view"),
  CUSTOMER_CREATE("customer:create"),
  CUSTOMER_EDIT_COMPANY("customer:edit-company"),
  CUSTOMER_EDIT_BILLING("customer:edit-billing"),
  CUSTOMER_ADMINISTER("customer:administer-on-behalf"),
  CUSTOMER_AGREEMENT_VIEW("customer:view-agreement"),
  RELATIONSHIP_REQUEST("relationship:request"),
  RESELLER_REGISTER("relationship:register-reseller"),
  SUBSCRIPTION_MANAGE("subscription:manage"),
  SERVICE_HEALTH_VIEW("service-health:view"),
  PRICING_VIEW("pricing:view"),
  BILLING_VIEW("billing:view"),
  AGREEMENT_VIEW("agreement:view"),
  SUPPORT_CUSTOMER_REQUEST("support:customer-request"),
  SUPPORT_PARTNER_REQUEST("support:partner-request"),
  PROFILE_VIEW("profile:view"),
  PROFILE_EDIT("profile:edit"),
  BILLING_PROFILE_EDIT("profile:edit-billing"),
  USER_MANAGE("user:manage"),
  ADMIN_ROLE_ASSIGN("user:assign-admin-role"),
  CATALOG_CUSTOMIZE("catalog:customize"),
  /** Submit the enrollment form and accept the reseller agreement ("Accept and continue"). */
  PROGRAM_ENROLL("program:enroll"),
  AUDIT_LOG_VIEW("audit:view"),
  /** Register, rotate and revoke the partner's API applications (App management). */
  API_MANAGE("api:manage");

  private final String authority;

  Permission(String authority) {
    this.authority = authority;
  }

  /** The authority string the web layer grants and checks, e.g. {@code customer:create}. */
  public String authority() {
    return authority;
  }
}
