package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code billingCycle} of subscriptions and orders and {@code Offer.supportedBillingCycles} on the
 * wire (contract section 9). 21Vianet bills every subscription monthly (licenses in advance, usage
 * in arrears), so {@link #MONTHLY} is the only cycle the portal sells.
 */
public enum BillingCycleJson {
  UNKNOWN,
  MONTHLY,
  ANNUAL,
  NONE,
  ONE_TIME;

  /** The cycle of every subscription and the only one an order may ask for. */
  public static final BillingCycleJson SOLD = MONTHLY;

  /** Whether a request naming this cycle asks for nothing else than what is sold. */
  public boolean isSoldOrUnstated() {
    return this == SOLD || this == UNKNOWN || this == NONE;
  }

  @JsonCreator
  public static BillingCycleJson parse(String value) {
    return WireValues.parse(BillingCycleJson.class, value);
  }

  @JsonValue
  public String wire() {
    return WireValues.of(this);
  }
}
