package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.PartnerUserSignIn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person who signs in to the portal on behalf of one partner. */
@Entity
@Table(name = "partner_user")
class PartnerUser {

  @Id private UUID id;
  private UUID partnerId;
  private String email;
  private String fullName;

  @Enumerated(EnumType.STRING)
  private AgentRole agentRole;

  @Enumerated(EnumType.STRING)
  private AdminRole adminRole;

  private String passwordHash;
  private boolean mustChangePassword;
  private String phone;
  private boolean enabled;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected PartnerUser() {}

  PartnerUser(
      UUID partnerId,
      String normalisedEmail,
      String fullName,
      AgentRole agentRole,
      AdminRole adminRole,
      String passwordHash,
      boolean mustChangePassword,
      Instant now) {
    this.id = UUID.randomUUID();
    this.partnerId = partnerId;
    this.email = normalisedEmail;
    this.fullName = fullName;
    this.agentRole = agentRole;
    this.adminRole = adminRole;
    this.passwordHash = passwordHash;
    this.mustChangePassword = mustChangePassword;
    this.enabled = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  PartnerUserSignIn toSignIn() {
    return new PartnerUserSignIn(
        id,
        partnerId,
        email,
        fullName,
        passwordHash,
        enabled,
        mustChangePassword,
        agentRole,
        adminRole);
  }
}
