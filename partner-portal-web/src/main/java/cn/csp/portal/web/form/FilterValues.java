package cn.csp.portal.web.form;

/** Values of list filters, read leniently: a filter that cannot be read shows everything. */
public final class FilterValues {

  private FilterValues() {}

  /** The constant named {@code value}, or null when it is blank or names none. */
  public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
