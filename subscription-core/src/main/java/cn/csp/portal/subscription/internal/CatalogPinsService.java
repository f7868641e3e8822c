package cn.csp.portal.subscription.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.subscription.CatalogPins;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CatalogPinsService implements CatalogPins {

  private final CatalogPinRepository pins;
  private final OfferCatalog catalog;
  private final PartnerAccounts partners;
  private final PartnerPermissions permissions;
  private final AdvisoryLocks locks;
  private final AuditLog auditLog;
  private final Clock clock;

  CatalogPinsService(
      CatalogPinRepository pins,
      OfferCatalog catalog,
      PartnerAccounts partners,
      PartnerPermissions permissions,
      AdvisoryLocks locks,
      AuditLog auditLog,
      Clock clock) {
    this.pins = pins;
    this.catalog = catalog;
    this.partners = partners;
    this.permissions = permissions;
    this.locks = locks;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> pinnedOfferIds(UUID partnerId) {
    return pins.findByKeyPartnerIdOrderByPosition(partnerId).stream()
        .map(CatalogPin::offerId)
        .toList();
  }

  @Override
  public void pin(UUID partnerId, String offerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.CATALOG_CUSTOMIZE);
    Offer offer = pinnable(offerId);
    requirePartner(partnerId);
    // one partner's pins change one at a time, so two concurrent pins cannot make a sixth
    locks.lock("catalog_pin:" + partnerId);
    if (pins.existsById(new CatalogPin.Key(partnerId, offer.offerId()))) {
      return; // already pinned: nothing changes
    }
    long pinned = pins.countByKeyPartnerId(partnerId);
    if (pinned >= MAX_PINS) {
      throw new BusinessRuleViolation("catalog.pins.limit", MAX_PINS);
    }
    int position = (int) pinned + 1;
    pins.save(new CatalogPin(partnerId, offer.offerId(), position, clock.instant()));
    auditLog.record(
        AuditEntry.of(actor, "catalog.offer.pinned")
            .partner(partnerId)
            .target("offer", offer.offerId())
            .detail("name", offer.name())
            .detail("position", position)
            .build());
  }

  @Override
  public void unpin(UUID partnerId, String offerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.CATALOG_CUSTOMIZE);
    Offer offer = catalog.find(offerId).orElseThrow(() -> new NotFound("catalog.offer.notFound"));
    locks.lock("catalog_pin:" + partnerId);
    Optional<CatalogPin> pin = pins.findById(new CatalogPin.Key(partnerId, offer.offerId()));
    if (pin.isEmpty()) {
      return; // not pinned: nothing changes
    }
    pins.delete(pin.get());
    pins.moveUpAfter(partnerId, pin.get().position());
    auditLog.record(
        AuditEntry.of(actor, "catalog.offer.unpinned")
            .partner(partnerId)
            .target("offer", offer.offerId())
            .detail("name", offer.name())
            .detail("position", pin.get().position())
            .build());
  }

  /** Only base offers are pinned: an add-on is chosen with its base subscription (spec 2.10). */
  private Offer pinnable(String offerId) {
    Offer offer = catalog.find(offerId).orElseThrow(() -> new NotFound("catalog.offer.notFound"));
    if (offer.addOn()) {
      throw new BusinessRuleViolation("catalog.pins.addOn", offer.name());
    }
    return offer;
  }

  private void requirePartner(UUID partnerId) {
    if (partners.findOverview(partnerId).isEmpty()) {
      throw new NotFound("partner.notFound");
    }
  }
}
