package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.SignInThrottle;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.PartnerUserSummary;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.RolePermissions;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
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
  @Embedded private SignInThrottle signInThrottle = new SignInThrottle();
  private Instant passwordChangedAt;
  private String preferredLanguage;
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
    this.passwordChangedAt = now;
  }

  void setPhoneAndLanguage(String phone, String preferredLanguage) {
    this.phone = phone;
    this.preferredLanguage = preferredLanguage;
  }

  void changeRoles(AgentRole agentRole, AdminRole adminRole, Instant now) {
    this.agentRole = agentRole;
    this.adminRole = adminRole;
    this.updatedAt = now;
  }

  void setEnabled(boolean enabled, Instant now) {
    this.enabled = enabled;
    this.updatedAt = now;
  }

  /** A new password chosen by the user (after a temporary one, or by recovery) unlocks them. */
  void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
    this.passwordChangedAt = now;
    this.signInThrottle.reset();
    this.updatedAt = now;
  }

  SignInThrottle signInThrottle() {
    return signInThrottle;
  }

  boolean has(Permission permission) {
    return enabled && RolePermissions.of(agentRole, adminRole).contains(permission);
  }

  boolean isActiveGlobalAdmin() {
    return enabled && adminRole == AdminRole.GLOBAL_ADMIN;
  }

  UUID id() {
    return id;
  }

  UUID partnerId() {
    return partnerId;
  }

  String email() {
    return email;
  }

  String fullName() {
    return fullName;
  }

  String passwordHash() {
    return passwordHash;
  }

  AgentRole agentRole() {
    return agentRole;
  }

  AdminRole adminRole() {
    return adminRole;
  }

  boolean enabled() {
    return enabled;
  }

  /** The language mails to this user are written in: theirs, else Simplified Chinese. */
  Locale mailLocale() {
    return preferredLanguage == null
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.forLanguageTag(preferredLanguage);
  }

  PartnerUserSummary toSummary() {
    return new PartnerUserSummary(
        id, email, fullName, agentRole, adminRole, enabled, mustChangePassword, createdAt);
  }
}
