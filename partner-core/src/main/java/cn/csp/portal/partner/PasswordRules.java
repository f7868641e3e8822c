package cn.csp.portal.partner;

/**
 * The portal's password policy, for every kind of account (partner users here, customer admins in
 * the customer module): length, not the sign-in name, not a common or breached password.
 */
public interface PasswordRules {

  /**
   * @throws cn.csp.portal.kernel.BusinessRuleViolation {@code password.*} when refused
   */
  void check(String password, String signInName);

  /**
   * Checks a change of one's own password: the current password must match the stored hash, the new
   * one must differ and pass {@link #check}.
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation on field {@code currentPassword} or {@code
   *     newPassword}, or a {@code password.*} refusal
   */
  void checkChange(
      String storedHash, String currentPassword, String newPassword, String signInName);
}
