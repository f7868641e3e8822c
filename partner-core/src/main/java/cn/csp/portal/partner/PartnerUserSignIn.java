package cn.csp.portal.partner;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What the sign-in needs to authenticate a partner user, and what each request re-checks: the
 * stored password hash, the roles, and where the user and the partner stand. Never leaves the
 * server.
 *
 * @param lockedUntil sign-in is paused until then after repeated failures; null when not locked
 * @param partnerStatus decides which pages the user may reach (enrollment pages only until active)
 * @param indirectProvider the partner provides for indirect resellers, so its customer pages offer
 *     a reseller choice (spec 2.27)
 */
public record PartnerUserSignIn(
    UUID userId,
    UUID partnerId,
    String email,
    String fullName,
    String passwordHash,
    boolean enabled,
    Instant lockedUntil,
    boolean mustChangePassword,
    AgentRole agentRole,
    AdminRole adminRole,
    PartnerStatus partnerStatus,
    boolean indirectProvider)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public Set<Permission> permissions() {
    return RolePermissions.of(agentRole, adminRole);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
