package cn.csp.portal.kernel;

import java.util.Locale;

/**
 * SQL LIKE patterns from what a person typed into a search box. The text matches literally: {@code
 * %} and {@code _} are no wildcards there. Queries use {@code escape '\'}.
 */
public final class LikePatterns {

  private LikePatterns() {}

  /** The text itself, with LIKE's special characters escaped. */
  public static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Contains the text, lower case; blank text matches everything. */
  public static String containsLowerCase(String text) {
    if (text == null || text.isBlank()) {
      return "%";
    }
    return "%" + literal(text.strip().toLowerCase(Locale.ROOT)) + "%";
  }

  /**
   * Starts with the text, lower case; empty text matches everything. Spaces are kept: they are part
   * of a prefix.
   */
  public static String startsWithLowerCase(String text) {
    if (text == null) {
      return "%";
    }
    return literal(text.toLowerCase(Locale.ROOT)) + "%";
  }
}
