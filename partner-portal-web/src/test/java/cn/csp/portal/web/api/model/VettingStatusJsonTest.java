package cn.csp.portal.web.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.partner.PartnerStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legal business profile's vetting status, from every program status. */
class VettingStatusJsonTest {

  @ParameterizedTest
  @CsvSource({
    "PENDING_ENROLLMENT, none",
    "UNDER_REVIEW, pending",
    "REJECTED, rejected",
    "APPROVED_AWAITING_AGREEMENT, authorized",
    "ACTIVE, authorized",
    "SUSPENDED, authorized",
    "TERMINATED, none"
  })
  void followsTheProgramReview(PartnerStatus status, String wire) {
    assertThat(VettingStatusJson.of(status).wire()).isEqualTo(wire);
  }
}
