package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code invoiceLineItemType} of invoice details and line items (contract 9). Written lower
 * case; read without case and underscores, an unknown value is a 400.
 */
public enum InvoiceLineItemTypeJson {
  NONE,
  USAGE_LINE_ITEMS,
  BILLING_LINE_ITEMS;

  @JsonValue
  public String wire() {
    return WireNames.wire(this);
  }

  /**
   * @return null for a value that is not one of these
   */
  public static InvoiceLineItemTypeJson parse(String value) {
    return WireNames.match(InvoiceLineItemTypeJson.class, value);
  }

  @JsonCreator
  static InvoiceLineItemTypeJson fromJson(String value) {
    InvoiceLineItemTypeJson parsed = parse(value);
    if (parsed == null) {
      throw new IllegalArgumentException("Unknown invoiceLineItemType: " + value);
    }
    return parsed;
  }
}
