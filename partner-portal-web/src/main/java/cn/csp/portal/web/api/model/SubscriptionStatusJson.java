package cn.csp.portal.web.api.model;

import cn.csp.portal.subscription.SubscriptionStatus;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code Subscription.status} on the wire (contract section 9). The portal's statuses map onto it
 * as: active → active, suspended → suspended, and both final states, cancelled by the partner and
 * deleted 60 days after a suspension, → deleted (Partner Center cancels a subscription by setting
 * it to deleted). {@code none} is never written; in a PATCH it means "status not changed".
 */
public enum SubscriptionStatusJson {
  NONE,
  ACTIVE,
  SUSPENDED,
  DELETED;

  public static SubscriptionStatusJson of(SubscriptionStatus status) {
    return switch (status) {
      case ACTIVE -> ACTIVE;
      case SUSPENDED -> SUSPENDED;
      case CANCELLED, DELETED -> DELETED;
    };
  }

  @JsonCreator
  public static SubscriptionStatusJson parse(String value) {
    return WireValues.parse(SubscriptionStatusJson.class, value);
  }

  @JsonValue
  public String wire() {
    return WireValues.of(this);
  }
}
