package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code Customer.relationshipToPartner} as the SDK knows it (contract section 9). Written exactly
 * as listed there; read in any case, and an unknown value makes the body unreadable (a 400).
 */
public enum RelationshipToPartner {
  UNKNOWN("unknown"),
  NONE("none"),
  RESELLER("reseller"),
  ADVISOR("advisor"),
  SYNDICATION("syndication"),
  MICROSOFT_SUPPORT("microsoftSupport");

  private final String wire;

  RelationshipToPartner(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @JsonCreator
  public static RelationshipToPartner fromWire(String value) {
    for (RelationshipToPartner relationship : values()) {
      if (relationship.wire.equalsIgnoreCase(value)) {
        return relationship;
      }
    }
    throw new IllegalArgumentException("Unknown relationshipToPartner: " + value);
  }
}
