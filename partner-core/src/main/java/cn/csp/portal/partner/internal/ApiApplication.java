package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.ApiAccess.ApiApplicationSummary;
import cn.csp.portal.partner.ApiAccess.ApiClient;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A partner's registered API application: a client of the client-credentials grant. */
@Entity
@Table(name = "api_application")
class ApiApplication {

  @Id private UUID id;
  private UUID partnerId;
  private String displayName;
  private String clientId;
  private String secretHash;
  private Instant createdAt;
  private Instant secretRotatedAt;
  private Instant revokedAt;
  @Version private long version;

  protected ApiApplication() {}

  ApiApplication(
      UUID partnerId, String displayName, String clientId, String secretHash, Instant now) {
    this.id = UUID.randomUUID();
    this.partnerId = partnerId;
    this.displayName = displayName;
    this.clientId = clientId;
    this.secretHash = secretHash;
    this.createdAt = now;
  }

  void rotateSecret(String newHash, Instant now) {
    requireActive();
    this.secretHash = newHash;
    this.secretRotatedAt = now;
  }

  void revoke(Instant now) {
    requireActive();
    this.revokedAt = now;
  }

  private void requireActive() {
    if (revokedAt != null) {
      throw new BusinessRuleViolation("api.access.app.alreadyRevoked");
    }
  }

  boolean active() {
    return revokedAt == null;
  }

  UUID id() {
    return id;
  }

  UUID partnerId() {
    return partnerId;
  }

  String clientId() {
    return clientId;
  }

  String displayName() {
    return displayName;
  }

  ApiApplicationSummary toSummary() {
    return new ApiApplicationSummary(
        id, partnerId, displayName, clientId, createdAt, secretRotatedAt, revokedAt);
  }

  ApiClient toClient() {
    return new ApiClient(id, partnerId, clientId, displayName, secretHash);
  }
}
