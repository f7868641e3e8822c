package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PasswordRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password policy for partner-portal users, in the style of NIST SP 800-63B: a minimum and a
 * maximum length plus a blocklist of common and breached passwords, and no composition rules (no
 * required digits, capitals or symbols) and no forced expiry. The minimum is counted in Unicode
 * code points, so any script counts one per character. The maximum is 72 bytes of UTF-8, because
 * bcrypt (the password hash) reads no more: that is 72 Latin letters, or 24 Chinese characters.
 */
@Component
final class PasswordPolicy implements PasswordRules {

  static final int MIN_LENGTH = 12;
  static final int MAX_BYTES = 72;

  /** Bases shorter than this are not looked up after stripping a suffix; see {@link #isCommon}. */
  static final int MIN_STRIPPED_LENGTH = 8;

  private static final String LIST = "/security/common-passwords.txt";

  private final Set<String> commonPasswords;

  private final PasswordEncoder passwordEncoder;

  PasswordPolicy(PasswordEncoder passwordEncoder) {
    this.passwordEncoder = passwordEncoder;
    this.commonPasswords = load();
  }

  @Override
  public void checkChange(
      String storedHash, String currentPassword, String newPassword, String signInName) {
    if (currentPassword == null || !passwordEncoder.matches(currentPassword, storedHash)) {
      throw BusinessRuleViolation.onField("currentPassword", "password.current.wrong");
    }
    if (currentPassword.equals(newPassword)) {
      throw BusinessRuleViolation.onField("newPassword", "password.unchanged");
    }
    check(newPassword, signInName);
  }

  /**
   * Refuses a password the policy does not accept, with a {@link BusinessRuleViolation} whose key
   * is {@code password.tooShort}, {@code password.tooLong}, {@code password.containsSignInName} or
   * {@code password.common}.
   *
   * @param password the proposed password; null counts as empty
   * @param signInName the user's sign-in name (an email), or null when not known yet
   */
  @Override
  public void check(String password, String signInName) {
    String candidate = password == null ? "" : password;
    int length = candidate.codePointCount(0, candidate.length());
    if (length < MIN_LENGTH) {
      throw new BusinessRuleViolation("password.tooShort", MIN_LENGTH);
    }
    if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new BusinessRuleViolation("password.tooLong", MAX_BYTES);
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    if (containsSignInName(lower, signInName)) {
      throw new BusinessRuleViolation("password.containsSignInName");
    }
    if (isCommon(lower)) {
      throw new BusinessRuleViolation("password.common");
    }
  }

  private static boolean containsSignInName(String lowerPassword, String signInName) {
    if (signInName == null || signInName.isBlank()) {
      return false;
    }
    String name = signInName.strip().toLowerCase(Locale.ROOT);
    if (lowerPassword.contains(name)) {
      return true;
    }
    int at = name.indexOf('@');
    String localPart = at < 0 ? name : name.substring(0, at);
    return localPart.length() >= 3 && lowerPassword.contains(localPart);
  }

  /**
   * A password is common when it is listed, or when it is a listed password followed only by
   * digits, punctuation or other non-letters ("password2024!", "trustno1!!!!"): appending such a
   * suffix is the first mangling a guessing attack tries. Every cut point in that trailing run is
   * looked up, so a listed base that itself ends in a digit ("trustno1") is found too. Bases
   * shorter than 8 characters are not looked up: the list holds many short words and names ("love",
   * "dragon"), and refusing each of them with any suffix would reject many reasonable passwords,
   * while the 12-character minimum already forces a suffix of 5 or more characters onto them.
   */
  private boolean isCommon(String lower) {
    if (commonPasswords.contains(lower)) {
      return true;
    }
    int end = lower.length();
    while (end > 0) {
      int last = lower.codePointBefore(end);
      if (Character.isLetter(last)) {
        break;
      }
      end -= Character.charCount(last);
      String base = lower.substring(0, end);
      if (base.codePointCount(0, base.length()) >= MIN_STRIPPED_LENGTH
          && commonPasswords.contains(base)) {
        return true;
      }
    }
    return false;
  }

  private Set<String> load() {
    try (InputStream in = getClass().getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + LIST);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + LIST, e);
    }
  }
}
