package cn.csp.portal.web.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lower-case enum strings of contract section 9 for the wire enums of this package: the SDK
 * accepts exactly these, and requests are read case-insensitively (the .NET samples send {@code
 * "Suspended"}).
 */
public final class WireValues {

  private WireValues() {}

  /** The value the SDK knows, e.g. {@code one_time} for {@code ONE_TIME}. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The constant of a wire value in any case; empty for a value the enum does not have. */
  public static <E extends Enum<E>> Optional<E> find(Class<E> type, String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.trim();
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> of(constant).equalsIgnoreCase(wanted))
        .findFirst();
  }

  /**
   * For {@code @JsonCreator}: the constant of a wire value; an unknown one fails the body's
   * parsing, which the API answers 400.
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return find(type, value)
        .orElseThrow(
            () -> new IllegalArgumentException("Not one of " + allowed(type) + ": " + value));
  }

  /** Every wire value of the enum, for a refusal's message, e.g. {@code none, active}. */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(WireValues::of)
        .collect(Collectors.joining(", "));
  }
}
