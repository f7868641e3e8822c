package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.partner.CreditCheckOutcome;
import cn.csp.portal.partner.EnrollmentApplication;
import cn.csp.portal.partner.EnrollmentForm;
import cn.csp.portal.partner.LegalBusinessProfile;
import cn.csp.portal.partner.NewPartnerAccount;
import cn.csp.portal.partner.OrganizationProfile;
import cn.csp.portal.partner.PartnerEnrollment;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PartnerStatusChanged;
import cn.csp.portal.partner.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class PartnerEnrollmentService implements PartnerEnrollment {

  /** Partners in mainland China bill in China Standard Time. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final PartnerRepository partners;
  private final EnrollmentApplicationRepository applications;
  private final LegalProfileRepository legalProfiles;
  private final BillingProfileRepository billingProfiles;
  private final OrganizationProfileRepository organizationProfiles;
  private final SupportProfileRepository supportProfiles;
  private final UserRegistration registration;
  private final ActingUsers actingUsers;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PartnerEnrollmentService(
      PartnerRepository partners,
      EnrollmentApplicationRepository applications,
      LegalProfileRepository legalProfiles,
      BillingProfileRepository billingProfiles,
      OrganizationProfileRepository organizationProfiles,
      SupportProfileRepository supportProfiles,
      UserRegistration registration,
      ActingUsers actingUsers,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.partners = partners;
    this.applications = applications;
    this.legalProfiles = legalProfiles;
    this.billingProfiles = billingProfiles;
    this.organizationProfiles = organizationProfiles;
    this.supportProfiles = supportProfiles;
    this.registration = registration;
    this.actingUsers = actingUsers;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public CreatedAccount createAccount(NewPartnerAccount account, String ipAddress) {
    Instant now = clock.instant();
    Partner partner =
        Partner.applicant(
            account.companyName().strip(),
            Long.toString(partners.nextBillableAccountNumber()),
            CHINA,
            now);
    partners.save(partner);
    String language = account.language().tag();
    PartnerUser admin =
        registration.register(
            partner.id(),
            account.adminFullName(),
            account.adminEmail(),
            AgentRole.ADMIN_AGENT,
            AdminRole.GLOBAL_ADMIN,
            account.password(),
            false,
            null);
    admin.setPhoneAndLanguage(account.adminPhone(), language);
    String email = admin.email();
    // the work account's domain is the organization's domain
    organizationProfiles.save(
        new OrganizationProfileRecord(
            partner.id(),
            new OrganizationProfile(
                partner.companyName(),
                UUID.randomUUID(),
                email.substring(email.indexOf('@') + 1),
                email,
                language.substring(0, 2),
                language)));

    // The applicant has no account until now, so the account records itself as the actor.
    Actor applicant = Actor.partnerUser(admin.id(), email);
    auditLog.record(
        AuditEntry.of(applicant, "partner.account.created")
            .partner(partner.id())
            .target("partner", partner.id())
            .detail("companyName", partner.companyName())
            .detail("globalAdmin", email)
            .detail("ipAddress", ipAddress)
            .build());
    return new CreatedAccount(partner.id(), admin.id(), email);
  }

  @Override
  public void submit(UUID partnerId, EnrollmentForm form, Actor globalAdmin) {
    actingUsers.requireUser(partnerId, globalAdmin, Permission.PROGRAM_ENROLL);
    Partner partner = partners.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    if (partners.existsByMpnIdAndIdNot(form.mpnId(), partnerId)) {
      throw new BusinessRuleViolation("partner.mpnId.taken", form.mpnId());
    }
    PartnerStatus before = partner.status();
    Instant now = clock.instant();
    LegalBusinessProfile legal = form.legal();
    partner.submitEnrollment(form.mpnId(), legal.companyName().strip(), now);
    legalProfiles.save(new LegalProfileRecord(partnerId, legal));
    billingProfiles
        .findById(partnerId)
        .orElseGet(
            () ->
                billingProfiles.save(
                    new BillingProfileRecord(
                        partnerId,
                        new BillingProfile(
                            legal.companyName(),
                            legal.address(),
                            legal.primaryContact(),
                            null,
                            null))));
    supportProfiles.save(new SupportProfileRecord(partnerId, form.support()));
    applications
        .findById(partnerId)
        .ifPresentOrElse(
            application -> application.resubmit(globalAdmin.id(), now),
            () ->
                applications.save(
                    new EnrollmentApplicationRecord(partnerId, globalAdmin.id(), now)));

    auditLog.record(
        AuditEntry.of(globalAdmin, "partner.enrollment.submitted")
            .partner(partnerId)
            .target("partner", partnerId)
            .detail("mpnId", form.mpnId())
            .detail("companyName", legal.companyName())
            .detail("status", before + " -> " + partner.status())
            .build());
    events.publishEvent(new PartnerStatusChanged(partnerId, before, partner.status(), null));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<EnrollmentApplication> find(UUID partnerId) {
    return applications
        .findById(partnerId)
        .flatMap(a -> partners.findById(partnerId).map(a::toApplication));
  }

  @Override
  @Transactional(readOnly = true)
  public Page<EnrollmentApplication> queue(boolean awaitingDecisionOnly, Pageable page) {
    return applications
        .queue(awaitingDecisionOnly, page)
        .map(row -> ((EnrollmentApplicationRecord) row[0]).toApplication((Partner) row[1]));
  }

  @Override
  public void recordCreditCheck(
      UUID partnerId, CreditCheckOutcome outcome, String note, Actor operator) {
    Partner partner = partners.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    if (partner.status() != PartnerStatus.UNDER_REVIEW) {
      throw new BusinessRuleViolation("partner.transition.refused");
    }
    application(partnerId).recordCreditCheck(outcome, note, operator.name(), clock.instant());
    auditLog.record(
        AuditEntry.of(operator, "partner.enrollment.creditChecked")
            .partner(partnerId)
            .target("partner", partnerId)
            .detail("outcome", outcome)
            .reason(note)
            .build());
  }

  @Override
  public void approve(UUID partnerId, Actor operator) {
    Partner partner = partners.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    Instant now = clock.instant();
    partner.approve(now);
    application(partnerId).approve(operator.name(), now);
    decided(partner, operator, "partner.enrollment.approved", null);
  }

  @Override
  public void reject(UUID partnerId, String reason, Actor operator) {
    Partner partner = partners.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    Instant now = clock.instant();
    partner.reject(reason.strip(), now);
    application(partnerId).reject(reason.strip(), operator.name(), now);
    decided(partner, operator, "partner.enrollment.rejected", reason.strip());
  }

  private void decided(Partner partner, Actor operator, String action, String reason) {
    auditLog.record(
        AuditEntry.of(operator, action)
            .partner(partner.id())
            .target("partner", partner.id())
            .detail("status", PartnerStatus.UNDER_REVIEW + " -> " + partner.status())
            .reason(reason)
            .build());
    events.publishEvent(
        new PartnerStatusChanged(
            partner.id(), PartnerStatus.UNDER_REVIEW, partner.status(), reason));
  }

  private EnrollmentApplicationRecord application(UUID partnerId) {
    return applications.findById(partnerId).orElseThrow(() -> new NotFound("enrollment.notFound"));
  }
}
