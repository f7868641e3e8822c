package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A service request's {@code status} (contract 9); {@code none} in a PATCH means "not changed".
 * Written lower case; read without case and underscores, an unknown value is a 400.
 */
public enum ServiceRequestStatusJson {
  NONE,
  OPEN,
  CLOSED,
  ATTENTION_NEEDED;

  @JsonValue
  public String wire() {
    return WireNames.wire(this);
  }

  /**
   * @return null for a value that is not one of these
   */
  public static ServiceRequestStatusJson parse(String value) {
    return WireNames.match(ServiceRequestStatusJson.class, value);
  }

  @JsonCreator
  static ServiceRequestStatusJson fromJson(String value) {
    ServiceRequestStatusJson parsed = parse(value);
    if (parsed == null) {
      throw new IllegalArgumentException("Unknown status: " + value);
    }
    return parsed;
  }
}
