package cn.csp.portal.customer;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * A new customer and its first admin user, whose temporary password is shown once (the wizard's
 * confirmation) and kept only as a hash.
 */
public record CreatedCustomer(
    UUID customerId, String domain, String adminSignInName, String temporaryPassword)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
