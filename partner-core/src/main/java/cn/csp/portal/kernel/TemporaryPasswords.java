package cn.csp.portal.kernel;

import java.security.SecureRandom;

/**
 * Passwords handed to a person once (a new user, a new customer's admin), who must replace them at
 * first sign-in. Unambiguous characters only: they are read off a screen and typed.
 */
public final class TemporaryPasswords {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final int LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  public static String generate() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
