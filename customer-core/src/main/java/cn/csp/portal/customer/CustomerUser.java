package cn.csp.portal.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A user of a customer's directory (the people who get licenses), as the admin center and the
 * partner API show it. The password exists only as a hash and never leaves the module.
 *
 * @param userPrincipalName the sign-in name for the cloud services, {@code <name>@<customer
 *     domain>}, lower case
 * @param usageLocation the ISO 3166 country code where the user uses the services, e.g. {@code CN}
 * @param mustChangePassword the user has a temporary password to replace at the next sign-in
 */
public record CustomerUser(
    UUID id,
    UUID customerId,
    String userPrincipalName,
    String firstName,
    String lastName,
    String displayName,
    String usageLocation,
    CustomerUserState state,
    boolean mustChangePassword,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Users are cloud-only accounts in the customer's own domain, never federated: the API's {@code
   * userDomainType} is always {@code none}.
   */
  public String userDomainType() {
    return "none";
  }

  /** There is no on-premises directory synchronisation, so never synchronised: always null. */
  public Instant lastDirectorySyncTime() {
    return null;
  }

  /**
   * The user's editable properties as they are now: the starting point of a partial change (the
   * API's PATCH), which replaces only what the request carries.
   */
  public CustomerUserUpdate toUpdate() {
    return new CustomerUserUpdate(firstName, lastName, displayName, usageLocation, state);
  }
}
