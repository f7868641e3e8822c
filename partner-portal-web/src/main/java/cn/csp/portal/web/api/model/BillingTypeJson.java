package cn.csp.portal.web.api.model;

import cn.csp.portal.subscription.BillingType;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** {@code Subscription.billingType} and {@code Offer.billing} on the wire (contract section 9). */
public enum BillingTypeJson {
  NONE,
  USAGE,
  LICENSE;

  public static BillingTypeJson of(BillingType type) {
    return switch (type) {
      case LICENSE -> LICENSE;
      case USAGE -> USAGE;
    };
  }

  @JsonCreator
  public static BillingTypeJson parse(String value) {
    return WireValues.parse(BillingTypeJson.class, value);
  }

  @JsonValue
  public String wire() {
    return WireValues.of(this);
  }
}
