package cn.csp.portal.partner;

import static cn.csp.portal.partner.Permission.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one mapping from the two role axes to permissions (spec section 4). A user's permissions are
 * the union of what the agent role and the admin role grant.
 *
 * <p>Cells the 21Vianet pages leave open were decided as follows: the admin agent may view partner
 * profiles and open support requests of both kinds; the help desk agent may open customer support
 * requests; the billing admin may view profiles, edit the billing profile and open Partner Center
 * requests; only the global admin edits partner profiles, customizes the catalog and grants admin
 * roles (the user management admin manages users and their agent roles).
 */
public final class RolePermissions {

  private static final Map<AgentRole, Set<Permission>> AGENT =
      Map.of(
          AgentRole.ADMIN_AGENT,
          EnumSet.of(
              CUSTOMER_VIEW,
              CUSTOMER_CREATE,
              CUSTOMER_EDIT_COMPANY,
              CUSTOMER_EDIT_BILLING,
              CUSTOMER_ADMINISTER,
              CUSTOMER_AGREEMENT_VIEW,
              RELATIONSHIP_REQUEST,
              RESELLER_REGISTER,
              SUBSCRIPTION_MANAGE,
              SERVICE_HEALTH_VIEW,
              PRICING_VIEW,
              BILLING_VIEW,
              SUPPORT_CUSTOMER_REQUEST,
              SUPPORT_PARTNER_REQUEST,
              PROFILE_VIEW),
          AgentRole.SALES_AGENT,
          EnumSet.of(
              CUSTOMER_VIEW,
              CUSTOMER_CREATE,
              CUSTOMER_EDIT_COMPANY,
              CUSTOMER_EDIT_BILLING,
              CUSTOMER_AGREEMENT_VIEW,
              RELATIONSHIP_REQUEST,
              RESELLER_REGISTER,
              SUBSCRIPTION_MANAGE),
          AgentRole.HELPDESK_AGENT,
          EnumSet.of(
              CUSTOMER_VIEW,
              CUSTOMER_EDIT_COMPANY,
              CUSTOMER_ADMINISTER,
              SERVICE_HEALTH_VIEW,
              SUPPORT_CUSTOMER_REQUEST),
          AgentRole.NONE,
          EnumSet.noneOf(Permission.class));

  private static final Map<AdminRole, Set<Permission>> ADMIN =
      Map.of(
          AdminRole.GLOBAL_ADMIN,
          EnumSet.allOf(Permission.class),
          AdminRole.BILLING_ADMIN,
          EnumSet.of(
              BILLING_VIEW,
              PRICING_VIEW,
              AGREEMENT_VIEW,
              PROFILE_VIEW,
              BILLING_PROFILE_EDIT,
              SUPPORT_PARTNER_REQUEST),
          AdminRole.USER_MANAGEMENT_ADMIN,
          EnumSet.of(USER_MANAGE, PROFILE_VIEW),
          AdminRole.NO_ADMIN,
          EnumSet.noneOf(Permission.class));

  /**
   * What an API application (an App-only client-credentials token) may do: the scenarios that
   * contract section 11 lists as App-only as well as App+User. Everything else needs a user.
   */
  public static final Set<Permission> API_APPLICATION =
      Collections.unmodifiableSet(
          EnumSet.of(
              CUSTOMER_VIEW,
              CUSTOMER_CREATE,
              CUSTOMER_EDIT_COMPANY,
              CUSTOMER_EDIT_BILLING,
              SUBSCRIPTION_MANAGE,
              PRICING_VIEW,
              BILLING_VIEW,
              PROFILE_VIEW));

  private RolePermissions() {}

  public static Set<Permission> of(AgentRole agentRole, AdminRole adminRole) {
    EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
    granted.addAll(AGENT.get(agentRole));
    granted.addAll(ADMIN.get(adminRole));
    return Collections.unmodifiableSet(granted);
  }
}
