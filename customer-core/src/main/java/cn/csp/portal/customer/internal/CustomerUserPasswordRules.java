package cn.csp.portal.customer.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The rules for a password chosen for a customer user. These accounts belong to the customer's
 * cloud directory, not to this portal, so they follow Azure AD's cloud password rules (at least 8
 * characters, three of the four kinds lower case, upper case, digits and symbols, not the user
 * name) rather than the portal's own policy ({@code PasswordRules}, 12 characters): the partner API
 * must accept what the Partner Center SDK sends ({@code abCD123*} in its samples). The upper bound
 * is 72 bytes, all that bcrypt reads.
 */
final class CustomerUserPasswordRules {

  static final int MIN_LENGTH = 8;
  static final int MAX_BYTES = 72;

  private CustomerUserPasswordRules() {}

  static void check(String password, String normalisedUpn) {
    String candidate = password == null ? "" : password;
    if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
      throw BusinessRuleViolation.onField(
          "passwordProfile.password", "customerUser.password.tooShort", MIN_LENGTH);
    }
    if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw BusinessRuleViolation.onField(
          "passwordProfile.password", "customerUser.password.tooLong", MAX_BYTES);
    }
    if (kinds(candidate) < 3) {
      throw BusinessRuleViolation.onField(
          "passwordProfile.password", "customerUser.password.tooSimple");
    }
    String name = normalisedUpn.substring(0, normalisedUpn.indexOf('@'));
    if (name.length() >= 3 && candidate.toLowerCase(Locale.ROOT).contains(name)) {
      throw BusinessRuleViolation.onField(
          "passwordProfile.password", "customerUser.password.containsUserName");
    }
  }

  /** How many of lower case, upper case, digits and other characters the password has. */
  private static int kinds(String password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int cp : password.codePoints().toArray()) {
      if (Character.isLowerCase(cp)) {
        lower = true;
      } else if (Character.isUpperCase(cp)) {
        upper = true;
      } else if (Character.isDigit(cp)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
