package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.kernel.SignInThrottle;
import cn.csp.portal.partner.BillablePartner;
import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.partner.LegalBusinessProfile;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OrganizationProfile;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.partner.PartnerRegistered;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.SignInNames;
import cn.csp.portal.partner.SupportProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class PartnerAccountsService implements PartnerAccounts {

  private final PartnerRepository partners;
  private final PartnerUserRepository users;
  private final LegalProfileRepository legalProfiles;
  private final BillingProfileRepository billingProfiles;
  private final OrganizationProfileRepository organizationProfiles;
  private final SupportProfileRepository supportProfiles;
  private final UserRegistration registration;
  private final ActingUsers actingUsers;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PartnerAccountsService(
      PartnerRepository partners,
      PartnerUserRepository users,
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
    this.users = users;
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
  public UUID createPartner(NewPartner request, Actor actor) {
    if (partners.existsByMpnId(request.mpnId())) {
      throw new BusinessRuleViolation("partner.mpnId.taken", request.mpnId());
    }
    Instant now = clock.instant();
    PartnerProfiles profiles = request.profiles();
    Partner partner =
        Partner.active(
            request.mpnId(),
            profiles.organization().companyName(),
            request.billingDay(),
            Long.toString(partners.nextBillableAccountNumber()),
            request.timeZone(),
            now);
    partners.save(partner);
    UUID partnerId = partner.id();
    legalProfiles.save(new LegalProfileRecord(partnerId, profiles.legal()));
    billingProfiles.save(new BillingProfileRecord(partnerId, profiles.billing()));
    organizationProfiles.save(new OrganizationProfileRecord(partnerId, profiles.organization()));
    supportProfiles.save(new SupportProfileRecord(partnerId, profiles.support()));

    auditLog.record(
        AuditEntry.of(actor, "partner.created")
            .partner(partnerId)
            .target("partner", partnerId)
            .detail("mpnId", request.mpnId())
            .detail("status", PartnerStatus.ACTIVE)
            .detail("billingDay", request.billingDay())
            .build());
    events.publishEvent(new PartnerRegistered(partnerId, request.mpnId(), PartnerStatus.ACTIVE));
    return partnerId;
  }

  @Override
  public UUID addUser(UUID partnerId, NewPartnerUser request, Actor actor) {
    if (!partners.existsById(partnerId)) {
      throw notFound();
    }
    return registration
        .register(
            partnerId,
            request.fullName(),
            request.email(),
            request.agentRole(),
            request.adminRole(),
            request.initialPassword(),
            request.mustChangePassword(),
            actor)
        .id();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PartnerOverview> findOverview(UUID partnerId) {
    return partners.findById(partnerId).map(Partner::toOverview);
  }

  @Override
  @Transactional(readOnly = true)
  public List<BillablePartner> billablePartners() {
    return partners.findBillable(EnumSet.of(PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PartnerProfiles> findProfiles(UUID partnerId) {
    return legalProfiles
        .findById(partnerId)
        .map(
            legal ->
                new PartnerProfiles(
                    legal.toProfile(),
                    billingProfiles.findById(partnerId).orElseThrow().toProfile(),
                    organizationProfiles.findById(partnerId).orElseThrow().toProfile(),
                    supportProfiles.findById(partnerId).orElseThrow().toProfile()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UUID> findPartnerIdByMpnId(String mpnId) {
    return partners.findByMpnId(mpnId).map(Partner::id);
  }

  @Override
  @Transactional(readOnly = true)
  public Page<PartnerOverview> searchPartners(PartnerStatus status, String search, Pageable page) {
    String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    return partners.search(status, term, page).map(Partner::toOverview);
  }

  @Override
  public void updateLegalProfile(UUID partnerId, LegalBusinessProfile profile, Actor actor) {
    actingUsers.requireUser(partnerId, actor, Permission.PROFILE_EDIT);
    LegalProfileRecord record =
        legalProfiles.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    LegalBusinessProfile before = record.toProfile();
    record.replaceWith(profile);
    auditProfileChange(partnerId, actor, "legal", before, profile);
  }

  @Override
  public void updateBillingProfile(UUID partnerId, BillingProfile profile, Actor actor) {
    actingUsers.requireUser(partnerId, actor, Permission.BILLING_PROFILE_EDIT);
    BillingProfileRecord record =
        billingProfiles.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    BillingProfile before = record.toProfile();
    record.replaceWith(profile);
    auditProfileChange(partnerId, actor, "billing", before, profile);
  }

  @Override
  public void updateOrganizationProfile(UUID partnerId, OrganizationProfile profile, Actor actor) {
    actingUsers.requireUser(partnerId, actor, Permission.PROFILE_EDIT);
    OrganizationProfileRecord record =
        organizationProfiles.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    OrganizationProfile before = record.toProfile();
    record.updateDetails(profile);
    auditProfileChange(partnerId, actor, "organization", before, record.toProfile());
  }

  @Override
  public void updateSupportProfile(UUID partnerId, SupportProfile profile, Actor actor) {
    actingUsers.requireUser(partnerId, actor, Permission.PROFILE_EDIT);
    SupportProfileRecord record =
        supportProfiles.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    SupportProfile before = record.toProfile();
    record.replaceWith(profile);
    auditProfileChange(partnerId, actor, "support", before, profile);
  }

  /** The audit entry of a profile change carries the profile before and after, as text. */
  private void auditProfileChange(
      UUID partnerId, Actor actor, String profile, Record before, Record after) {
    auditLog.record(
        AuditEntry.of(actor, "partner.profile.updated")
            .partner(partnerId)
            .target("partner_profile", profile)
            .detail("before", before)
            .detail("after", after)
            .build());
  }

  // One statement each, so no transaction of their own: every signed-in request runs one.
  @Override
  @Transactional(propagation = Propagation.SUPPORTS)
  public Optional<PartnerUserSignIn> findSignIn(String email) {
    return users.findSignInByEmail(SignInNames.normalize(email));
  }

  @Override
  @Transactional(propagation = Propagation.SUPPORTS)
  public Optional<PartnerUserSignIn> findSignIn(UUID userId) {
    return users.findSignInById(userId);
  }

  @Override
  public void recordSignInAttempt(String email, boolean succeeded) {
    users
        .findByEmail(SignInNames.normalize(email))
        .ifPresent(
            user -> {
              if (succeeded) {
                user.signInThrottle().reset();
              } else if (user.signInThrottle().recordFailure(clock.instant())) {
                auditLog.record(
                    AuditEntry.of(Actor.system("sign-in"), "partner.user.signInPaused")
                        .partner(user.partnerId())
                        .target("partner_user", user.id())
                        .detail("minutes", SignInThrottle.PAUSE.toMinutes())
                        .build());
              }
            });
  }

  static NotFound notFound() {
    return new NotFound("partner.notFound");
  }

  @Override
  @Transactional(readOnly = true)
  public Map<PartnerStatus, Long> countPartnersByStatus() {
    Map<PartnerStatus, Long> counts = new EnumMap<>(PartnerStatus.class);
    for (PartnerStatus status : PartnerStatus.values()) {
      counts.put(status, 0L);
    }
    partners.countByStatus().forEach(row -> counts.put(row.getStatus(), row.getPartners()));
    return counts;
  }
}
