package cn.csp.portal.partner;

import java.util.Locale;

/** Sign-in names are email addresses, compared without regard to case or surrounding blanks. */
public final class SignInNames {

  private SignInNames() {}

  public static String normalize(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }
}
