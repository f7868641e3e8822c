package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code billingProvider} of invoice details and line items (contract 9). Written lower case;
 * read without case and underscores, an unknown value is a 400.
 */
public enum BillingProviderJson {
  NONE,
  OFFICE,
  AZURE,
  ONE_TIME,
  MARKETPLACE,
  ALL;

  @JsonValue
  public String wire() {
    return WireNames.wire(this);
  }

  /**
   * @return null for a value that is not one of these
   */
  public static BillingProviderJson parse(String value) {
    return WireNames.match(BillingProviderJson.class, value);
  }

  @JsonCreator
  static BillingProviderJson fromJson(String value) {
    BillingProviderJson parsed = parse(value);
    if (parsed == null) {
      throw new IllegalArgumentException("Unknown billingProvider: " + value);
    }
    return parsed;
  }
}
