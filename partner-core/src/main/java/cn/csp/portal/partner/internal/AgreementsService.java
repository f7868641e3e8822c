package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AgreementAcceptance;
import cn.csp.portal.partner.AgreementType;
import cn.csp.portal.partner.AgreementVersion;
import cn.csp.portal.partner.Agreements;
import cn.csp.portal.partner.NewAgreementVersion;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PartnerStatusChanged;
import cn.csp.portal.partner.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class AgreementsService implements Agreements {

  private final AgreementRepository agreements;
  private final AgreementAcceptanceRepository acceptances;
  private final PartnerRepository partners;
  private final ActingUsers actingUsers;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AgreementsService(
      AgreementRepository agreements,
      AgreementAcceptanceRepository acceptances,
      PartnerRepository partners,
      ActingUsers actingUsers,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.agreements = agreements;
    this.acceptances = acceptances;
    this.partners = partners;
    this.actingUsers = actingUsers;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<AgreementVersion> allVersions() {
    return agreements.findAllByOrderByPublishedAtDesc().stream()
        .map(AgreementRecord::toVersion)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AgreementVersion> current(AgreementType type) {
    return agreements.findFirstByTypeOrderByPublishedAtDesc(type).map(AgreementRecord::toVersion);
  }

  @Override
  public UUID publish(NewAgreementVersion version, Actor operator) {
    String number = version.version().strip();
    if (agreements.existsByTypeAndVersion(version.type(), number)) {
      throw new BusinessRuleViolation("agreement.version.taken", number);
    }
    AgreementRecord record =
        agreements.save(
            new AgreementRecord(
                version.type(),
                number,
                version.title().strip(),
                version.url().strip(),
                operator.name(),
                clock.instant()));
    auditLog.record(
        AuditEntry.of(operator, "agreement.published")
            .target("agreement", record.id())
            .detail("type", version.type())
            .detail("version", number)
            .detail("url", version.url())
            .build());
    return record.id();
  }

  @Override
  @Transactional(readOnly = true)
  public List<AgreementAcceptance> acceptancesOf(UUID partnerId) {
    Map<UUID, AgreementRecord> byId =
        agreements.findAll().stream()
            .collect(Collectors.toMap(AgreementRecord::id, Function.identity()));
    return acceptances.findByPartnerIdOrderByAcceptedAtDesc(partnerId).stream()
        .map(a -> a.toAcceptance(byId.get(a.agreementId())))
        .toList();
  }

  @Override
  public AgreementAcceptance accept(
      UUID partnerId, UUID agreementId, String ipAddress, Actor globalAdmin) {
    PartnerUser admin = actingUsers.requireUser(partnerId, globalAdmin, Permission.PROGRAM_ENROLL);
    Partner partner = partners.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    AgreementRecord agreement =
        agreements.findById(agreementId).orElseThrow(() -> new NotFound("agreement.notFound"));
    AgreementRecord current =
        agreements
            .findFirstByTypeOrderByPublishedAtDesc(AgreementType.RESELLER_AGREEMENT)
            .orElseThrow(() -> new NotFound("agreement.notFound"));
    if (!current.id().equals(agreement.id())) {
      throw new BusinessRuleViolation("agreement.notCurrent");
    }
    if (acceptances.existsByPartnerIdAndAgreementId(partnerId, agreementId)) {
      throw new BusinessRuleViolation("agreement.alreadyAccepted");
    }
    Instant now = clock.instant();
    PartnerStatus before = partner.status();
    int billingDay;
    if (before == PartnerStatus.APPROVED_AWAITING_AGREEMENT) {
      billingDay = partner.acceptAgreement(now);
    } else if (before.isProgramMember()) {
      billingDay = partner.toOverview().billingDay();
    } else {
      throw new BusinessRuleViolation("partner.transition.refused");
    }
    AgreementAcceptanceRecord acceptance =
        acceptances.save(
            new AgreementAcceptanceRecord(
                partnerId, agreementId, admin.id(), admin.email(), now, ipAddress, billingDay));
    auditLog.record(
        AuditEntry.of(globalAdmin, "agreement.accepted")
            .partner(partnerId)
            .target("agreement", agreementId)
            .detail("version", agreement.toVersion().version())
            .detail("ipAddress", ipAddress)
            .detail("status", before + " -> " + partner.status())
            .detail("billingDay", billingDay)
            .build());
    if (before != partner.status()) {
      events.publishEvent(new PartnerStatusChanged(partnerId, before, partner.status(), null));
    }
    return acceptance.toAcceptance(agreement);
  }
}
