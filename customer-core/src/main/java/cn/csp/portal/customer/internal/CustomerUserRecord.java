package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUserState;
import cn.csp.portal.customer.CustomerUserUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A user of a customer's directory. Never signs in to the portal; the hash models the account. */
@Entity
@Table(name = "customer_user")
class CustomerUserRecord {

  @Id private UUID id;
  private UUID customerId;
  private String userPrincipalName;
  private String firstName;
  private String lastName;
  private String displayName;
  private String usageLocation;

  @Enumerated(EnumType.STRING)
  private CustomerUserState state;

  private String passwordHash;
  private boolean mustChangePassword;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected CustomerUserRecord() {}

  CustomerUserRecord(
      UUID customerId,
      String normalisedUpn,
      String firstName,
      String lastName,
      String displayName,
      String usageLocation,
      String passwordHash,
      boolean mustChangePassword,
      Instant now) {
    this.id = UUID.randomUUID();
    this.customerId = customerId;
    this.userPrincipalName = normalisedUpn;
    this.state = CustomerUserState.ACTIVE;
    this.createdAt = now;
    change(new CustomerUserUpdate(firstName, lastName, displayName, usageLocation, state), now);
    setPassword(passwordHash, mustChangePassword, now);
  }

  void change(CustomerUserUpdate update, Instant now) {
    this.firstName = update.firstName().strip();
    this.lastName = update.lastName().strip();
    this.displayName = update.displayName().strip();
    this.usageLocation = update.usageLocation().strip().toUpperCase(Locale.ROOT);
    this.state = update.state();
    this.updatedAt = now;
  }

  void setPassword(String hash, boolean mustChange, Instant now) {
    this.passwordHash = hash;
    this.mustChangePassword = mustChange;
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  String userPrincipalName() {
    return userPrincipalName;
  }

  CustomerUser toCustomerUser() {
    return new CustomerUser(
        id,
        customerId,
        userPrincipalName,
        firstName,
        lastName,
        displayName,
        usageLocation,
        state,
        mustChangePassword,
        createdAt,
        updatedAt);
  }
}
