package cn.csp.portal.partner.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One "Can't access your account?" request. Requests for unknown names are kept without a user and
 * code, so the per-address limit counts them too.
 */
@Entity
@Table(name = "password_recovery_request")
class PasswordRecoveryRequest {

  @Id private UUID id;
  private UUID userId;
  private String ipAddress;
  private Instant createdAt;
  private String codeHash;
  private Instant expiresAt;
  private Instant usedAt;
  private int failedAttempts;

  protected PasswordRecoveryRequest() {}

  private PasswordRecoveryRequest(UUID userId, String ipAddress, Instant now) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.ipAddress = ipAddress;
    this.createdAt = now;
  }

  static PasswordRecoveryRequest forUnknownName(String ipAddress, Instant now) {
    return new PasswordRecoveryRequest(null, ipAddress, now);
  }

  static PasswordRecoveryRequest withCode(
      UUID userId, String ipAddress, String codeHash, Instant expiresAt, Instant now) {
    PasswordRecoveryRequest request = new PasswordRecoveryRequest(userId, ipAddress, now);
    request.codeHash = codeHash;
    request.expiresAt = expiresAt;
    return request;
  }

  /** Whether the code may still be tried: unused, unexpired, and not guessed at too often. */
  boolean open(Instant now, int maxAttempts) {
    return codeHash != null
        && usedAt == null
        && expiresAt.isAfter(now)
        && failedAttempts < maxAttempts;
  }

  void recordFailedAttempt() {
    failedAttempts++;
  }

  void markUsed(Instant now) {
    usedAt = now;
  }

  String codeHash() {
    return codeHash;
  }
}
