package cn.csp.portal.web.form;

import java.util.Arrays;

/** Reading list filters from the query string. */
public final class EnumFilters {

  private EnumFilters() {}

  /**
   * The constant named {@code value}, or null (any) for a value that is none of them: a filter
   * shows everything rather than an error.
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(value))
        .findFirst()
        .orElse(null);
  }
}
