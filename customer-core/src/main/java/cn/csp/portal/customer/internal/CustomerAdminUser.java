package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerAdminSignIn;
import cn.csp.portal.kernel.SignInThrottle;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The customer's first admin user, created with the customer; signs in to the admin center. */
@Entity
@Table(name = "customer_admin_user")
class CustomerAdminUser {

  @Id private UUID id;
  private UUID customerId;
  private String email;
  private String displayName;
  private String passwordHash;
  private boolean mustChangePassword;
  private boolean enabled;
  @Embedded private SignInThrottle signInThrottle = new SignInThrottle();
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected CustomerAdminUser() {}

  CustomerAdminUser(
      UUID customerId, String email, String displayName, String temporaryHash, Instant now) {
    this.id = UUID.randomUUID();
    this.customerId = customerId;
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = temporaryHash;
    this.mustChangePassword = true;
    this.enabled = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
    this.signInThrottle.reset();
    this.updatedAt = now;
  }

  SignInThrottle signInThrottle() {
    return signInThrottle;
  }

  UUID id() {
    return id;
  }

  UUID customerId() {
    return customerId;
  }

  String email() {
    return email;
  }

  boolean enabled() {
    return enabled;
  }

  String passwordHash() {
    return passwordHash;
  }

  CustomerAdminSignIn toSignIn(String companyName) {
    return new CustomerAdminSignIn(
        id,
        customerId,
        email,
        displayName,
        companyName,
        passwordHash,
        enabled,
        signInThrottle.lockedUntil(),
        mustChangePassword);
  }
}
