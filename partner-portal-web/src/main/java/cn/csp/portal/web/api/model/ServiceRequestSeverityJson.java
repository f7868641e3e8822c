package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A service request's {@code severity} (contract 9); {@code unknown} in a PATCH means "not
 * changed". Written lower case; read without case and underscores, an unknown value is a 400.
 */
public enum ServiceRequestSeverityJson {
  UNKNOWN,
  CRITICAL,
  MODERATE,
  MINIMAL;

  @JsonValue
  public String wire() {
    return WireNames.wire(this);
  }

  /**
   * @return null for a value that is not one of these
   */
  public static ServiceRequestSeverityJson parse(String value) {
    return WireNames.match(ServiceRequestSeverityJson.class, value);
  }

  @JsonCreator
  static ServiceRequestSeverityJson fromJson(String value) {
    ServiceRequestSeverityJson parsed = parse(value);
    if (parsed == null) {
      throw new IllegalArgumentException("Unknown severity: " + value);
    }
    return parsed;
  }
}
