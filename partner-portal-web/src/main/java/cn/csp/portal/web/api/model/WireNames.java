package cn.csp.portal.web.api.model;

import java.util.Locale;

/**
 * How a wire enum value is matched: without case and underscores, so the SDK's enum name ({@code
 * BILLINGLINEITEMS}), the docs' spelling ({@code BillingLineItems}) and the JSON value ({@code
 * billing_line_items}) are the same value.
 */
final class WireNames {

  private WireNames() {}

  static <E extends Enum<E>> E match(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    String wanted = normalized(value);
    for (E constant : type.getEnumConstants()) {
      if (normalized(constant.name()).equals(wanted)) {
        return constant;
      }
    }
    return null;
  }

  static String wire(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static String normalized(String value) {
    return value.replace("_", "").trim().toLowerCase(Locale.ROOT);
  }
}
