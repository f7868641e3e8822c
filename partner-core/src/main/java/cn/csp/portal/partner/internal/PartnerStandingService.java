package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PartnerStatusChanged;
import cn.csp.portal.partner.RestrictedOperation;
import cn.csp.portal.partner.SuspensionReason;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class PartnerStandingService implements PartnerStanding {

  private final PartnerRepository partners;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PartnerStandingService(
      PartnerRepository partners,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.partners = partners;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public void requireMayTransact(UUID partnerId, RestrictedOperation operation) {
    Partner partner = partners.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    switch (partner.status()) {
      case ACTIVE -> {}
      case SUSPENDED ->
          // one message per reason, saying how to restore full access
          throw new BusinessRuleViolation(
              "partner.suspended." + partner.suspensionReason().name(), operation.name());
      default -> throw new BusinessRuleViolation("partner.notActive", operation.name());
    }
  }

  @Override
  public void suspend(UUID partnerId, SuspensionReason reason, String note, Actor operator) {
    change(
        partnerId,
        operator,
        "partner.suspended",
        note,
        p -> p.suspend(reason, note, clock.instant()));
  }

  @Override
  public void reinstate(UUID partnerId, String note, Actor operator) {
    change(
        partnerId, operator, "partner.reinstated", note, p -> p.reinstate(note, clock.instant()));
  }

  @Override
  public void terminate(UUID partnerId, String note, Actor operator) {
    change(
        partnerId, operator, "partner.terminated", note, p -> p.terminate(note, clock.instant()));
  }

  private void change(
      UUID partnerId, Actor operator, String action, String note, Consumer<Partner> transition) {
    Partner partner = partners.findById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    PartnerStatus before = partner.status();
    transition.accept(partner);
    auditLog.record(
        AuditEntry.of(operator, action)
            .partner(partnerId)
            .target("partner", partnerId)
            .detail("status", before + " -> " + partner.status())
            .detail("suspensionReason", partner.suspensionReason())
            .reason(note)
            .build());
    events.publishEvent(new PartnerStatusChanged(partnerId, before, partner.status(), note));
  }
}
