package cn.csp.portal.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Initial customer domains have the form {@code <prefix>.partner.onmschina.cn}, the 21Vianet
 * counterpart of {@code onmicrosoft.com}.
 */
public final class CustomerDomains {

  public static final String SUFFIX = ".partner.onmschina.cn";

  /** Letters and digits, 2-27 characters, as Azure AD initial-domain prefixes allow. */
  public static final Pattern PREFIX = Pattern.compile("[a-z0-9]{2,27}");

  private CustomerDomains() {}

  public static String fromPrefix(String prefix) {
    return normalizePrefix(prefix) + SUFFIX;
  }

  public static boolean isValidPrefix(String prefix) {
    return prefix != null && PREFIX.matcher(normalizePrefix(prefix)).matches();
  }

  private static String normalizePrefix(String prefix) {
    return prefix.strip().toLowerCase(Locale.ROOT);
  }
}
