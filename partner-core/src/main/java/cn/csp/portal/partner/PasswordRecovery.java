package cn.csp.portal.partner;

import java.util.Locale;

/**
 * Self-service password recovery, "Can't access your account?" (spec 2.9): the only way anyone
 * regains access. A one-time code goes to the user's sign-in email; it is single-use, expires after
 * 15 minutes and both requests and guesses are rate-limited. Neither method reveals whether an
 * account exists.
 */
public interface PasswordRecovery {

  /**
   * Mails a code if the sign-in name belongs to an enabled partner user and the limits allow it;
   * otherwise does nothing visible.
   */
  void requestCode(String signInName, String ipAddress, Locale locale);

  /**
   * Sets a new password when the code is the latest valid one for that sign-in name.
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation {@code recovery.code.invalid} for any wrong,
   *     used, expired or unknown code, or a password policy refusal
   */
  void resetPassword(String signInName, String code, String newPassword, String ipAddress);
}
