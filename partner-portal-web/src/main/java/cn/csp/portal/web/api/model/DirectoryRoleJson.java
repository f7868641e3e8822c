package cn.csp.portal.web.api.model;

/**
 * A {@code DirectoryRole} of a customer's directory. The portal's directory knows one role: the
 * customer's admins (the admin center's sign-ins) are its company administrators. Customer users
 * hold no role. The id is the role's well-known Azure AD template id, the same in every tenant.
 */
public record DirectoryRoleJson(String id, String name, ResourceAttributes attributes) {

  public static final DirectoryRoleJson COMPANY_ADMINISTRATOR =
      new DirectoryRoleJson(
          "62e90394-69f5-4237-9190-012177145e10",
          "Company Administrator",
          ResourceAttributes.of("DirectoryRole"));
}
