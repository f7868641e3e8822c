package cn.csp.portal.customer;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What the customer admin center's sign-in needs about a customer admin. Never leaves the server.
 */
public record CustomerAdminSignIn(
    UUID adminId,
    UUID customerId,
    String email,
    String displayName,
    String companyName,
    String passwordHash,
    boolean enabled,
    Instant lockedUntil,
    boolean mustChangePassword)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
