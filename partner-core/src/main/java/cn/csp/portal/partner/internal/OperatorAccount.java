package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.OperatorSignIn;
import cn.csp.portal.partner.OperatorSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A 21Vianet staff member who signs in to the operator console. */
@Entity
@Table(name = "operator_account")
class OperatorAccount {

  @Id private UUID id;
  private String email;
  private String displayName;
  private String passwordHash;
  private boolean enabled;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected OperatorAccount() {}

  OperatorAccount(String normalisedEmail, String displayName, String passwordHash, Instant now) {
    this.id = UUID.randomUUID();
    this.email = normalisedEmail;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  OperatorSummary toSummary() {
    return new OperatorSummary(id, displayName, email, enabled);
  }

  OperatorSignIn toSignIn() {
    return new OperatorSignIn(id, email, displayName, passwordHash, enabled);
  }
}
