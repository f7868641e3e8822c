package cn.csp.portal.partner;

import java.util.Set;
import java.util.UUID;

/**
 * What the sign-in needs to authenticate a partner user: the stored password hash and everything
 * the session will carry. Never leaves the server.
 */
public record PartnerUserSignIn(
    UUID userId,
    UUID partnerId,
    String email,
    String fullName,
    String passwordHash,
    boolean enabled,
    boolean mustChangePassword,
    AgentRole agentRole,
    AdminRole adminRole) {

  public Set<Permission> permissions() {
    return RolePermissions.of(agentRole, adminRole);
  }
}
