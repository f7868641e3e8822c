package cn.csp.portal.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.SuspensionReason;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The partner state machine of spec section 5, guarded by the aggregate. */
class PartnerLifecycleTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

  private static Partner applicant() {
    return Partner.applicant("Contoso", "1010000001", CHINA, NOW);
  }

  private static Partner approved() {
    Partner partner = applicant();
    partner.submitEnrollment("4390934", "Contoso Ltd", NOW);
    partner.approve(NOW);
    return partner;
  }

  @Test
  void walksTheEnrollmentToActive() {
    Partner partner = applicant();
    assertThat(partner.status()).isEqualTo(PartnerStatus.PENDING_ENROLLMENT);
    partner.submitEnrollment("4390934", "Contoso Ltd", NOW);
    assertThat(partner.status()).isEqualTo(PartnerStatus.UNDER_REVIEW);
    assertThat(partner.companyName()).isEqualTo("Contoso Ltd");
    partner.approve(NOW);
    assertThat(partner.status()).isEqualTo(PartnerStatus.APPROVED_AWAITING_AGREEMENT);
    assertThat(partner.acceptAgreement(NOW)).isEqualTo(24);
    assertThat(partner.toOverview().status()).isEqualTo(PartnerStatus.ACTIVE);
    assertThat(partner.toOverview().billingDay()).isEqualTo(24);
  }

  /** The signing date is taken in the partner's zone: 20:00 UTC is already the next day there. */
  @ParameterizedTest(name = "signed at {0} -> billing day {1}")
  @CsvSource({
    "2026-01-29T01:00:00Z, 29",
    "2026-03-30T10:00:00Z, 30",
    "2026-05-31T15:59:59Z, 31",
    "2026-05-31T16:00:00Z, 1",
    "2026-02-28T20:00:00Z, 1"
  })
  void theBillingDayComesFromTheSigningDateInChina(Instant signedAt, int billingDay) {
    assertThat(approved().acceptAgreement(signedAt)).isEqualTo(billingDay);
  }

  @Test
  void aRejectedApplicantMayApplyAgain() {
    Partner partner = applicant();
    partner.submitEnrollment("4390934", "Contoso", NOW);
    partner.reject("Incomplete legal profile", NOW);
    assertThat(partner.status()).isEqualTo(PartnerStatus.REJECTED);
    assertThat(partner.toOverview().statusNote()).isEqualTo("Incomplete legal profile");
    partner.submitEnrollment("4390934", "Contoso", NOW);
    assertThat(partner.status()).isEqualTo(PartnerStatus.UNDER_REVIEW);
  }

  @Test
  void suspendsReinstatesAndTerminates() {
    Partner partner = approved();
    partner.acceptAgreement(NOW);
    partner.suspend(SuspensionReason.DELINQUENCY, "60 days overdue", NOW);
    assertThat(partner.status()).isEqualTo(PartnerStatus.SUSPENDED);
    assertThat(partner.suspensionReason()).isEqualTo(SuspensionReason.DELINQUENCY);
    partner.reinstate("Paid", NOW);
    assertThat(partner.status()).isEqualTo(PartnerStatus.ACTIVE);
    assertThat(partner.suspensionReason()).isNull();
    partner.terminate("Contract ended", NOW);
    assertThat(partner.status()).isEqualTo(PartnerStatus.TERMINATED);
  }

  @Test
  void refusesTransitionsTheProgramDoesNotAllow() {
    assertRefused(() -> applicant().approve(NOW));
    assertRefused(() -> applicant().acceptAgreement(NOW));
    assertRefused(() -> applicant().suspend(SuspensionReason.ABUSE, "x", NOW));
    assertRefused(() -> approved().reject("late", NOW));
    assertRefused(() -> approved().terminate("x", NOW));
    Partner terminated = approved();
    terminated.acceptAgreement(NOW);
    terminated.terminate("x", NOW);
    assertRefused(() -> terminated.reinstate("x", NOW));
    assertRefused(() -> terminated.submitEnrollment("4390934", "Contoso", NOW));
  }

  private static void assertRefused(Runnable transition) {
    assertThatThrownBy(transition::run)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("partner.transition.refused"));
  }
}
