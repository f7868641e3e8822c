package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.ApiAccess.PersonalApiToken;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The record of a partner user's personal API token; the token is a JWT naming this id. */
@Entity
@Table(name = "personal_api_token")
class PersonalToken {

  @Id private UUID id;
  private UUID partnerId;
  private UUID userId;
  private String name;
  private Instant createdAt;
  private Instant expiresAt;
  private Instant revokedAt;

  protected PersonalToken() {}

  PersonalToken(UUID partnerId, UUID userId, String name, Duration validity, Instant now) {
    this.id = UUID.randomUUID();
    this.partnerId = partnerId;
    this.userId = userId;
    this.name = name;
    // whole seconds, as the JWT's exp claim carries it
    this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    this.expiresAt = createdAt.plus(validity);
  }

  void revoke(Instant now) {
    if (revokedAt != null) {
      throw new BusinessRuleViolation("api.access.token.alreadyRevoked");
    }
    this.revokedAt = now;
  }

  UUID id() {
    return id;
  }

  String name() {
    return name;
  }

  PersonalApiToken toRecord() {
    return new PersonalApiToken(id, partnerId, userId, name, createdAt, expiresAt, revokedAt);
  }
}
