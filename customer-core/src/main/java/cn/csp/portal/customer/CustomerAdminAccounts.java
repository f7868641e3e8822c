package cn.csp.portal.customer;

import java.util.Optional;
import java.util.UUID;

/** The customer admins who sign in to the (simulated) customer admin center. */
public interface CustomerAdminAccounts {

  Optional<CustomerAdminSignIn> findSignIn(String email);

  Optional<CustomerAdminSignIn> findSignIn(UUID adminId);

  /** Failures in a row pause sign-in (as for partner users); a success resets the count. */
  void recordSignInAttempt(String email, boolean succeeded);

  /** Replaces the admin's own password (also the forced change after the temporary one). */
  void changeOwnPassword(UUID adminId, String currentPassword, String newPassword);
}
