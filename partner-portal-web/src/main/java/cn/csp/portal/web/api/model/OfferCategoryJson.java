package cn.csp.portal.web.api.model;

import cn.csp.portal.subscription.CustomerSegment;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An offer category (contract 8.2): the customer segments the catalog groups offers by (spec 2.10),
 * with ids such as {@code Enterprise} and {@code SmallBusiness}, ranked in catalog order.
 */
public record OfferCategoryJson(
    String id,
    String name,
    int rank,
    String locale,
    String country,
    ResourceAttributes attributes) {

  /**
   * @param name the segment's name in the caller's language
   */
  public static OfferCategoryJson of(
      CustomerSegment segment, String name, String locale, String country) {
    return new OfferCategoryJson(
        idOf(segment),
        name,
        segment.ordinal() + 1,
        locale,
        country,
        ResourceAttributes.of("OfferCategory"));
  }

  /** {@code SMALL_BUSINESS} → {@code SmallBusiness}. */
  static String idOf(CustomerSegment segment) {
    return Arrays.stream(segment.name().split("_"))
        .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining());
  }
}
