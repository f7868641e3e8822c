package cn.csp.portal.partner;

import static cn.csp.portal.testsupport.EnrollmentFixtures.anAccount;
import static cn.csp.portal.testsupport.EnrollmentFixtures.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BillingCalendar;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnerEnrollment.CreatedAccount;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The enrollment of spec 2.3 through the partner module's facades, against PostgreSQL. */
@IntegrationTest
class PartnerEnrollmentIT {

  private static final Actor OPERATOR =
      Actor.operator(UUID.randomUUID(), "reviewer@21vianet.example");

  @Autowired PartnerEnrollment enrollment;
  @Autowired Agreements agreements;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerStanding standing;
  @Autowired JdbcClient jdbc;

  private record Applicant(CreatedAccount account, Actor admin) {}

  private Applicant applied() {
    NewPartnerAccount request = anAccount();
    CreatedAccount account = enrollment.createAccount(request, "203.0.113.7");
    Actor admin = Actor.partnerUser(account.adminUserId(), account.signInName());
    enrollment.submit(account.partnerId(), anApplication(), admin);
    return new Applicant(account, admin);
  }

  private PartnerStatus statusOf(UUID partnerId) {
    return partners.findOverview(partnerId).orElseThrow().status();
  }

  @Test
  void applyApproveAcceptMakesAnActivePartnerWithItsBillingDay() {
    Applicant applicant = applied();
    UUID partnerId = applicant.account().partnerId();
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.UNDER_REVIEW);
    assertThat(enrollment.queue(true, org.springframework.data.domain.PageRequest.of(0, 500)))
        .anyMatch(a -> a.partnerId().equals(partnerId));

    enrollment.recordCreditCheck(
        partnerId, CreditCheckOutcome.PASSED, "Limit CNY 500,000", OPERATOR);
    enrollment.approve(partnerId, OPERATOR);
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.APPROVED_AWAITING_AGREEMENT);
    MimeMessage approved = TestMailServer.get().awaitMessage(applicant.account().signInName(), 1);
    assertThat(TestMailServer.subject(approved)).contains("approved");

    AgreementVersion current = agreements.current(AgreementType.RESELLER_AGREEMENT).orElseThrow();
    AgreementAcceptance acceptance =
        agreements.accept(partnerId, current.id(), "203.0.113.7", applicant.admin());

    int today = BillingCalendar.billingDayFor(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    PartnerOverview active = partners.findOverview(partnerId).orElseThrow();
    assertThat(active.status()).isEqualTo(PartnerStatus.ACTIVE);
    assertThat(active.billingDay()).isEqualTo(today);
    assertThat(acceptance.billingDay()).isEqualTo(today);
    assertThat(acceptance.ipAddress()).isEqualTo("203.0.113.7");
    assertThat(acceptance.acceptedByName()).isEqualTo(applicant.account().signInName());
    assertThat(agreements.acceptancesOf(partnerId)).containsExactly(acceptance);
    MimeMessage activated = TestMailServer.get().awaitMessage(applicant.account().signInName(), 2);
    assertThat(TestMailServer.decoded(activated)).contains("day " + today);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where partner_id = ? and action in"
                        + " ('partner.enrollment.submitted', 'partner.enrollment.creditChecked',"
                        + " 'partner.enrollment.approved', 'agreement.accepted')")
                .param(partnerId)
                .query(Long.class)
                .single())
        .isEqualTo(4);
    // the agreement is signed once
    assertThatThrownBy(() -> agreements.accept(partnerId, current.id(), "x", applicant.admin()))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void aRejectionCarriesItsReasonAndTheApplicantMayApplyAgain() {
    Applicant applicant = applied();
    UUID partnerId = applicant.account().partnerId();
    enrollment.reject(partnerId, "The MPN ID does not match the company", OPERATOR);

    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.REJECTED);
    assertThat(enrollment.find(partnerId).orElseThrow().decisionReason())
        .isEqualTo("The MPN ID does not match the company");
    MimeMessage rejected = TestMailServer.get().awaitMessage(applicant.account().signInName(), 1);
    assertThat(TestMailServer.decoded(rejected)).contains("The MPN ID does not match the company");

    enrollment.submit(partnerId, anApplication(), applicant.admin());
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.UNDER_REVIEW);
    EnrollmentApplication again = enrollment.find(partnerId).orElseThrow();
    assertThat(again.submissionCount()).isEqualTo(2);
    assertThat(again.creditCheck()).isNull();
    assertThat(again.decisionReason()).isNull();
  }

  @Test
  void approvalNeedsAPassedCreditCheck() {
    UUID partnerId = applied().account().partnerId();
    assertRefused(
        () -> enrollment.approve(partnerId, OPERATOR), "enrollment.approve.creditCheckRequired");
    enrollment.recordCreditCheck(partnerId, CreditCheckOutcome.FAILED, "Unpaid debts", OPERATOR);
    assertRefused(
        () -> enrollment.approve(partnerId, OPERATOR), "enrollment.approve.creditCheckRequired");
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.UNDER_REVIEW);
  }

  @Test
  void theAgreementCannotBeAcceptedBeforeApproval() {
    Applicant applicant = applied();
    AgreementVersion current = agreements.current(AgreementType.RESELLER_AGREEMENT).orElseThrow();
    assertRefused(
        () ->
            agreements.accept(
                applicant.account().partnerId(), current.id(), "x", applicant.admin()),
        "partner.transition.refused");
  }

  @Test
  void onlyAGlobalAdminOfThePartnerSubmitsTheEnrollment() {
    CreatedAccount account = enrollment.createAccount(anAccount(), "203.0.113.7");
    NewPartnerUser salesAgent = PartnerFixtures.aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    UUID salesId = partners.addUser(account.partnerId(), salesAgent, Actor.system("test"));
    assertThatThrownBy(
            () ->
                enrollment.submit(
                    account.partnerId(),
                    anApplication(),
                    Actor.partnerUser(salesId, salesAgent.email())))
        .isInstanceOf(PermissionDenied.class);
    // a global admin of another partner is no better
    Applicant other = applied();
    assertThatThrownBy(() -> enrollment.submit(account.partnerId(), anApplication(), other.admin()))
        .isInstanceOf(PermissionDenied.class);
    assertThat(statusOf(account.partnerId())).isEqualTo(PartnerStatus.PENDING_ENROLLMENT);
  }

  @Test
  void refusesAnMpnIdAnotherPartnerHolds() {
    Applicant first = applied();
    String taken = partners.findOverview(first.account().partnerId()).orElseThrow().mpnId();
    CreatedAccount second = enrollment.createAccount(anAccount(), "203.0.113.7");
    EnrollmentForm form = anApplication();
    EnrollmentForm sameMpn = new EnrollmentForm(taken, form.legal(), form.support());
    assertRefused(
        () ->
            enrollment.submit(
                second.partnerId(),
                sameMpn,
                Actor.partnerUser(second.adminUserId(), second.signInName())),
        "partner.mpnId.taken");
    assertThat(partners.findProfiles(second.partnerId())).isEmpty();
  }

  @Test
  void refusesAWeakPasswordAndATakenSignInNameWithoutSavingAnything() {
    NewPartnerAccount account = anAccount();
    NewPartnerAccount weak =
        new NewPartnerAccount(
            account.companyName(),
            "Wang Fang",
            account.adminEmail(),
            null,
            "password1234",
            NewPartnerAccount.Language.ZH_CN);
    assertRefused(() -> enrollment.createAccount(weak, "x"), "password.common");
    assertThat(partners.findSignIn(account.adminEmail())).isEmpty();
    enrollment.createAccount(account, "x");
    assertRefused(() -> enrollment.createAccount(account, "x"), "user.email.taken");
  }

  @Test
  void aSuspendedPartnerMayNotTransactUntilReinstated() {
    UUID partnerId = partners.createPartner(PartnerFixtures.aPartner(), Actor.system("test"));
    standing.requireMayTransact(partnerId, RestrictedOperation.CREATE_CUSTOMER);

    standing.suspend(partnerId, SuspensionReason.DELINQUENCY, "Invoice 60 days overdue", OPERATOR);
    for (RestrictedOperation operation : RestrictedOperation.values()) {
      assertRefused(
          () -> standing.requireMayTransact(partnerId, operation), "partner.suspended.DELINQUENCY");
    }
    standing.reinstate(partnerId, "Paid", OPERATOR);
    standing.requireMayTransact(partnerId, RestrictedOperation.CREATE_ORDER);

    standing.terminate(partnerId, "Contract ended", OPERATOR);
    assertRefused(
        () -> standing.requireMayTransact(partnerId, RestrictedOperation.CREATE_ORDER),
        "partner.notActive");
    assertRefused(
        () -> standing.reinstate(partnerId, "no", OPERATOR), "partner.transition.refused");
  }

  @Test
  void operatorsPublishNewAgreementVersions() {
    String version = "2027-" + PartnerFixtures.uniqueMpnId();
    agreements.publish(
        new NewAgreementVersion(
            AgreementType.PROGRAM_GUIDE, version, "Program guide", "https://example.cn/guide"),
        OPERATOR);
    assertThat(agreements.current(AgreementType.PROGRAM_GUIDE).orElseThrow().version())
        .isEqualTo(version);
    assertRefused(
        () ->
            agreements.publish(
                new NewAgreementVersion(
                    AgreementType.PROGRAM_GUIDE, version, "Again", "https://example.cn/guide"),
                OPERATOR),
        "agreement.version.taken");
  }

  private static void assertRefused(Runnable call, String messageKey) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(messageKey));
  }
}
