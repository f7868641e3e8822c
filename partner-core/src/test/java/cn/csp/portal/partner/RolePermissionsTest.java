package cn.csp.portal.partner;

import static cn.csp.portal.partner.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The permission matrix of spec section 4, one row per role, as the 21Vianet pages state it. */
class RolePermissionsTest {

  static Stream<Arguments> matrix() {
    return Stream.of(
        Arguments.of(
            AgentRole.ADMIN_AGENT,
            AdminRole.NO_ADMIN,
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
                PROFILE_VIEW)),
        Arguments.of(
            AgentRole.SALES_AGENT,
            AdminRole.NO_ADMIN,
            EnumSet.of(
                CUSTOMER_VIEW,
                CUSTOMER_CREATE,
                CUSTOMER_EDIT_COMPANY,
                CUSTOMER_EDIT_BILLING,
                CUSTOMER_AGREEMENT_VIEW,
                RELATIONSHIP_REQUEST,
                RESELLER_REGISTER,
                SUBSCRIPTION_MANAGE)),
        Arguments.of(
            AgentRole.HELPDESK_AGENT,
            AdminRole.NO_ADMIN,
            EnumSet.of(
                CUSTOMER_VIEW,
                CUSTOMER_EDIT_COMPANY,
                CUSTOMER_ADMINISTER,
                SERVICE_HEALTH_VIEW,
                SUPPORT_CUSTOMER_REQUEST)),
        Arguments.of(AgentRole.NONE, AdminRole.GLOBAL_ADMIN, EnumSet.allOf(Permission.class)),
        Arguments.of(
            AgentRole.NONE,
            AdminRole.BILLING_ADMIN,
            EnumSet.of(
                BILLING_VIEW,
                PRICING_VIEW,
                AGREEMENT_VIEW,
                PROFILE_VIEW,
                BILLING_PROFILE_EDIT,
                SUPPORT_PARTNER_REQUEST)),
        Arguments.of(
            AgentRole.NONE, AdminRole.USER_MANAGEMENT_ADMIN, EnumSet.of(USER_MANAGE, PROFILE_VIEW)),
        Arguments.of(AgentRole.NONE, AdminRole.NO_ADMIN, EnumSet.noneOf(Permission.class)));
  }

  @ParameterizedTest(name = "{0} + {1}")
  @MethodSource("matrix")
  void grantsExactlyTheMatrixRow(AgentRole agent, AdminRole admin, Set<Permission> expected) {
    assertThat(RolePermissions.of(agent, admin)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void combinesBothAxesAsAUnion() {
    assertThat(RolePermissions.of(AgentRole.SALES_AGENT, AdminRole.BILLING_ADMIN))
        .containsAll(RolePermissions.of(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN))
        .containsAll(RolePermissions.of(AgentRole.NONE, AdminRole.BILLING_ADMIN))
        .doesNotContain(USER_MANAGE, SERVICE_HEALTH_VIEW);
  }

  @Test
  void whatThe21VianetPagesForbidStaysForbidden() {
    // Sales agent: no support requests, service health, pricing, bills or AOBO.
    assertThat(RolePermissions.of(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN))
        .doesNotContain(
            SUPPORT_PARTNER_REQUEST,
            SUPPORT_CUSTOMER_REQUEST,
            SERVICE_HEALTH_VIEW,
            PRICING_VIEW,
            BILLING_VIEW,
            CUSTOMER_ADMINISTER);
    // Help desk agent: no profiles, new customers, billing info, subscriptions or pricing.
    assertThat(RolePermissions.of(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN))
        .doesNotContain(
            PROFILE_VIEW,
            CUSTOMER_CREATE,
            CUSTOMER_EDIT_BILLING,
            SUBSCRIPTION_MANAGE,
            RELATIONSHIP_REQUEST,
            PRICING_VIEW,
            BILLING_VIEW);
    // Only global admins grant admin roles.
    assertThat(RolePermissions.of(AgentRole.ADMIN_AGENT, AdminRole.USER_MANAGEMENT_ADMIN))
        .doesNotContain(ADMIN_ROLE_ASSIGN);
  }
}
