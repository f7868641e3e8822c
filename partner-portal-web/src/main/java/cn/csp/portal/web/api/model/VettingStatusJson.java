package cn.csp.portal.web.api.model;

import cn.csp.portal.partner.PartnerStatus;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The legal business profile's {@code vettingStatus} (contract section 9), read from where the
 * partner stands in the program: 21Vianet's review of the enrollment is the vetting.
 */
public enum VettingStatusJson {
  NONE,
  PENDING,
  AUTHORIZED,
  REJECTED;

  /**
   * Under review: pending; rejected: rejected; approved, whether or not the agreement is accepted
   * yet, and whether active or suspended since: authorized (a suspension is about payment, not
   * about who the partner is); not enrolled yet or terminated: none.
   */
  public static VettingStatusJson of(PartnerStatus status) {
    return switch (status) {
      case UNDER_REVIEW -> PENDING;
      case REJECTED -> REJECTED;
      case APPROVED_AWAITING_AGREEMENT, ACTIVE, SUSPENDED -> AUTHORIZED;
      default -> NONE;
    };
  }

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
