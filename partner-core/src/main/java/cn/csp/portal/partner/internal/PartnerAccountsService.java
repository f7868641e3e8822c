package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.partner.PartnerRegistered;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PartnerUserAdded;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.partner.SignInNames;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
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
  private final SignInNameRegistry signInNames;
  private final PasswordEncoder passwordEncoder;
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
      SignInNameRegistry signInNames,
      PasswordEncoder passwordEncoder,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.partners = partners;
    this.users = users;
    this.legalProfiles = legalProfiles;
    this.billingProfiles = billingProfiles;
    this.organizationProfiles = organizationProfiles;
    this.supportProfiles = supportProfiles;
    this.signInNames = signInNames;
    this.passwordEncoder = passwordEncoder;
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
      throw new NotFound("partner.notFound");
    }
    String email = signInNames.claim(request.email());
    PartnerUser user =
        new PartnerUser(
            partnerId,
            email,
            request.fullName().strip(),
            request.agentRole(),
            request.adminRole(),
            passwordEncoder.encode(request.initialPassword()),
            request.mustChangePassword(),
            clock.instant());
    users.save(user);

    auditLog.record(
        AuditEntry.of(actor, "partner.user.created")
            .partner(partnerId)
            .target("partner_user", user.id())
            .detail("email", email)
            .detail("agentRole", request.agentRole())
            .detail("adminRole", request.adminRole())
            .build());
    events.publishEvent(
        new PartnerUserAdded(partnerId, user.id(), request.agentRole(), request.adminRole()));
    return user.id();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PartnerOverview> findOverview(UUID partnerId) {
    return partners.findById(partnerId).map(Partner::toOverview);
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
  public Optional<PartnerUserSignIn> findSignIn(String email) {
    return users.findByEmail(SignInNames.normalize(email)).map(PartnerUser::toSignIn);
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
