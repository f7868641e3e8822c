package cn.csp.portal.subscription.internal;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.RestrictedOperation;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PlacedOrder;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionEventType;
import cn.csp.portal.subscription.SubscriptionStatus;
import cn.csp.portal.subscription.SubscriptionSuspensionReason;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.subscription.UpgradeOption;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class SubscriptionsService implements Subscriptions {

  private final SubscriptionAccess access;
  private final OrderBook orderBook;
  private final UpgradeRules upgradeRules;
  private final SubscriptionRepository subscriptions;
  private final SubscriptionEventRepository events;
  private final LicenseAssignmentRepository licenses;
  private final OfferCatalog catalog;
  private final PriceLists priceLists;
  private final PartnerAccounts partners;
  private final PartnerPermissions permissions;
  private final PartnerStanding standing;
  private final IndirectPartnerships indirectPartnerships;
  private final AuditLog auditLog;
  private final Clock clock;

  SubscriptionsService(
      SubscriptionAccess access,
      OrderBook orderBook,
      UpgradeRules upgradeRules,
      SubscriptionRepository subscriptions,
      SubscriptionEventRepository events,
      LicenseAssignmentRepository licenses,
      OfferCatalog catalog,
      PriceLists priceLists,
      PartnerAccounts partners,
      PartnerPermissions permissions,
      PartnerStanding standing,
      IndirectPartnerships indirectPartnerships,
      AuditLog auditLog,
      Clock clock) {
    this.access = access;
    this.orderBook = orderBook;
    this.upgradeRules = upgradeRules;
    this.subscriptions = subscriptions;
    this.events = events;
    this.licenses = licenses;
    this.catalog = catalog;
    this.priceLists = priceLists;
    this.partners = partners;
    this.permissions = permissions;
    this.standing = standing;
    this.indirectPartnerships = indirectPartnerships;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  // ---- orders

  @Override
  public PlacedOrder placeOrder(UUID partnerId, UUID customerId, NewOrder order, Actor actor) {
    permissions.require(partnerId, actor, Permission.SUBSCRIPTION_MANAGE);
    CustomerAccount customer = access.requireCustomer(partnerId, customerId);
    var earlier = orderBook.findByRequestId(partnerId, order.requestId());
    if (earlier.isPresent()) {
      return orderBook.sameOrder(earlier.get(), customerId);
    }
    PartnerCalendar calendar = calendarOf(partnerId);
    List<PricedLine> lines = checkLines(partnerId, customerId, order.lines(), calendar);
    var claimed = orderBook.claim(partnerId, customerId, order.requestId(), actor);
    if (claimed.isEmpty()) {
      // a second submission of the same request that waited for the first one to commit
      return orderBook.sameOrder(
          orderBook.findByRequestId(partnerId, order.requestId()).orElseThrow(), customerId);
    }
    String orderId = claimed.get();
    Instant now = clock.instant();
    Term term = Term.startingOn(calendar.today().plusDays(1), calendar.billingDay());
    Reseller reseller = defaultResellerOf(customer);
    int lineNumber = 0;
    for (PricedLine line : lines) {
      SubscriptionRecord subscription =
          SubscriptionRecord.purchase(
              customerId,
              partnerId,
              orderId,
              lineNumber++,
              line.offer(),
              line.request().quantity(),
              line.request().friendlyName(),
              line.unitPrice(),
              line.request().parentSubscriptionId(),
              term,
              now);
      if (reseller != null) {
        subscription.assignReseller(reseller.partnerId(), reseller.mpnId(), now);
      }
      subscriptions.save(subscription);
      record(subscription, SubscriptionEventType.PURCHASE, term.start(), null, actor);
    }
    auditLog.record(
        AuditEntry.of(actor, "order.placed")
            .partner(partnerId)
            .target("customer", customerId)
            .detail("orderId", orderId)
            .detail("lines", lines.size())
            .build());
    return orderBook.load(orderId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<PlacedOrder> ordersOf(UUID partnerId, UUID customerId, Actor actor) {
    access.requireReader(partnerId, customerId, actor);
    return orderBook.ordersOf(partnerId, customerId);
  }

  @Override
  @Transactional(readOnly = true)
  public PlacedOrder findOrder(UUID partnerId, UUID customerId, String orderId, Actor actor) {
    access.requireReader(partnerId, customerId, actor);
    return orderBook.find(partnerId, customerId, orderId);
  }

  // ---- reading

  @Override
  @Transactional(readOnly = true)
  public List<Subscription> subscriptionsOf(UUID partnerId, UUID customerId, Actor actor) {
    access.requireReader(partnerId, customerId, actor);
    List<SubscriptionRecord> visible = subscriptions.findVisible(partnerId, customerId);
    // each base subscription followed by its add-ons
    Map<UUID, List<SubscriptionRecord>> addOns = new LinkedHashMap<>();
    visible.stream()
        .filter(s -> s.parentSubscriptionId() != null)
        .forEach(
            s -> addOns.computeIfAbsent(s.parentSubscriptionId(), k -> new ArrayList<>()).add(s));
    List<Subscription> ordered = new ArrayList<>();
    for (SubscriptionRecord s : visible) {
      if (s.parentSubscriptionId() == null || !containsId(visible, s.parentSubscriptionId())) {
        ordered.add(access.toView(s));
        addOns.getOrDefault(s.id(), List.of()).forEach(a -> ordered.add(access.toView(a)));
      }
    }
    return ordered;
  }

  private static boolean containsId(List<SubscriptionRecord> records, UUID id) {
    return records.stream().anyMatch(r -> r.id().equals(id));
  }

  @Override
  @Transactional(readOnly = true)
  public Subscription find(UUID partnerId, UUID customerId, UUID subscriptionId, Actor actor) {
    access.requireReader(partnerId, customerId, actor);
    return access.toView(access.visible(partnerId, customerId, subscriptionId));
  }

  @Override
  @Transactional(readOnly = true)
  public List<SubscriptionEvent> historyOf(
      UUID partnerId, UUID customerId, UUID subscriptionId, Actor actor) {
    access.requireReader(partnerId, customerId, actor);
    SubscriptionRecord subscription = access.visible(partnerId, customerId, subscriptionId);
    return events.findByKeySubscriptionIdOrderByKeySequence(subscription.id()).stream()
        .map(SubscriptionEventRecord::toEvent)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public BigDecimal unitPriceOf(UUID partnerId, UUID customerId, UUID subscriptionId, Actor actor) {
    permissions.require(partnerId, actor, Permission.PRICING_VIEW);
    access.requireReader(partnerId, customerId, actor);
    return access.visible(partnerId, customerId, subscriptionId).unitPrice();
  }

  @Override
  @Transactional(readOnly = true)
  public Set<CloudService> servicesOf(UUID partnerId, UUID customerId, Actor actor) {
    access.requireReader(partnerId, customerId, actor);
    Set<CloudService> services = EnumSet.noneOf(CloudService.class);
    subscriptions.findVisible(partnerId, customerId).stream()
        .filter(s -> s.partnerId().equals(partnerId) && s.status() == SubscriptionStatus.ACTIVE)
        .forEach(s -> services.addAll(offerOf(s).services()));
    return services;
  }

  // ---- changes

  @Override
  public Subscription changeQuantity(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      int quantity,
      long version,
      Actor actor) {
    SubscriptionRecord subscription =
        access.forChange(partnerId, customerId, subscriptionId, version, actor);
    standing.requireMayTransact(partnerId, RestrictedOperation.CHANGE_QUANTITY);
    Offer offer = offerOf(subscription);
    if (!offer.allowsQuantity(quantity)) {
      throw BusinessRuleViolation.onField(
          "quantity", "subscription.quantity.outOfRange", offer.minQuantity(), offer.maxQuantity());
    }
    requireRoomForAssignedLicenses(subscription, quantity);
    int before = subscription.quantity();
    subscription.changeQuantity(quantity, clock.instant());
    record(
        subscription,
        SubscriptionEventType.QUANTITY_CHANGE,
        calendarOf(partnerId).today(),
        null,
        actor);
    auditLog.record(
        audit(actor, "subscription.quantityChanged", subscription)
            .detail("from", before)
            .detail("to", quantity)
            .build());
    return changed(subscription);
  }

  @Override
  public Subscription rename(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      String friendlyName,
      long version,
      Actor actor) {
    if (friendlyName == null || friendlyName.isBlank()) {
      throw BusinessRuleViolation.onField("friendlyName", "subscription.friendlyName.required");
    }
    if (friendlyName.strip().length() > 100) {
      throw BusinessRuleViolation.onField("friendlyName", "subscription.friendlyName.tooLong", 100);
    }
    SubscriptionRecord subscription =
        access.forChange(partnerId, customerId, subscriptionId, version, actor);
    subscription.rename(friendlyName, clock.instant());
    auditLog.record(audit(actor, "subscription.renamed", subscription).build());
    return changed(subscription);
  }

  @Override
  public Subscription setResellerOfRecord(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      String resellerMpnId,
      long version,
      Actor actor) {
    SubscriptionRecord subscription =
        access.forChange(partnerId, customerId, subscriptionId, version, actor);
    Reseller reseller = null;
    if (resellerMpnId != null && !resellerMpnId.isBlank()) {
      reseller =
          partners
              .findPartnerIdByMpnId(resellerMpnId.strip())
              .filter(id -> indirectPartnerships.isAuthorizedReseller(partnerId, id))
              .map(id -> new Reseller(id, resellerMpnId.strip()))
              .orElseThrow(
                  () ->
                      BusinessRuleViolation.onField(
                          "resellerMpnId",
                          "subscription.reseller.notYours",
                          resellerMpnId.strip()));
    }
    subscription.assignReseller(
        reseller == null ? null : reseller.partnerId(),
        reseller == null ? null : reseller.mpnId(),
        clock.instant());
    auditLog.record(
        audit(actor, "subscription.resellerOfRecordSet", subscription)
            .detail("resellerMpnId", reseller == null ? "-1" : reseller.mpnId())
            .build());
    return changed(subscription);
  }

  @Override
  public Subscription suspend(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      SubscriptionSuspensionReason reason,
      long version,
      Actor actor) {
    if (reason == null) {
      throw BusinessRuleViolation.onField("reason", "subscription.suspend.reasonRequired");
    }
    // suspending stays possible for a suspended partner: it lowers what the partner owes
    SubscriptionRecord subscription =
        access.forChange(partnerId, customerId, subscriptionId, version, actor);
    LocalDate today = calendarOf(partnerId).today();
    Instant now = clock.instant();
    subscription.suspend(reason, today, now);
    record(subscription, SubscriptionEventType.SUSPEND, today, null, actor);
    for (SubscriptionRecord addOn : activeAddOnsOf(subscription)) {
      addOn.suspend(reason, today, now);
      record(addOn, SubscriptionEventType.SUSPEND, today, null, actor);
    }
    auditLog.record(
        audit(actor, "subscription.suspended", subscription)
            .detail("reason", reason.name())
            .build());
    return changed(subscription);
  }

  @Override
  public Subscription reactivate(
      UUID partnerId, UUID customerId, UUID subscriptionId, long version, Actor actor) {
    SubscriptionRecord subscription =
        access.forChange(partnerId, customerId, subscriptionId, version, actor);
    // reactivating resumes charges: not for a partner that 21Vianet suspended
    standing.requireMayTransact(partnerId, RestrictedOperation.CHANGE_QUANTITY);
    if (subscription.parentSubscriptionId() != null) {
      SubscriptionRecord parent =
          subscriptions.findById(subscription.parentSubscriptionId()).orElseThrow();
      if (parent.status() != SubscriptionStatus.ACTIVE) {
        throw new BusinessRuleViolation(
            "subscription.reactivate.parentNotActive", parent.offerName());
      }
    }
    LocalDate today = calendarOf(partnerId).today();
    Instant now = clock.instant();
    LocalDate suspendedOn = subscription.suspendedOn();
    subscription.reactivate(today, now);
    record(subscription, SubscriptionEventType.REACTIVATE, today, null, actor);
    // add-ons suspended together with their base come back with it
    for (SubscriptionRecord addOn :
        subscriptions.findByParentSubscriptionIdAndStatusIn(
            subscription.id(), List.of(SubscriptionStatus.SUSPENDED))) {
      if (suspendedOn.equals(addOn.suspendedOn())) {
        addOn.reactivate(today, now);
        record(addOn, SubscriptionEventType.REACTIVATE, today, null, actor);
      }
    }
    auditLog.record(audit(actor, "subscription.reactivated", subscription).build());
    return changed(subscription);
  }

  @Override
  public Subscription cancel(
      UUID partnerId, UUID customerId, UUID subscriptionId, long version, Actor actor) {
    SubscriptionRecord subscription =
        access.forChange(partnerId, customerId, subscriptionId, version, actor);
    LocalDate today = calendarOf(partnerId).today();
    end(subscription, SubscriptionEventType.CANCEL, today, null, actor);
    for (SubscriptionRecord addOn : liveAddOnsOf(subscription)) {
      end(addOn, SubscriptionEventType.CANCEL, today, null, actor);
    }
    auditLog.record(audit(actor, "subscription.cancelled", subscription).build());
    return changed(subscription);
  }

  // ---- upgrades

  @Override
  @Transactional(readOnly = true)
  public List<UpgradeOption> upgradeOptions(
      UUID partnerId, UUID customerId, UUID subscriptionId, Actor actor) {
    permissions.require(partnerId, actor, Permission.SUBSCRIPTION_MANAGE);
    access.requireCustomer(partnerId, customerId);
    SubscriptionRecord source = access.ownedBy(partnerId, customerId, subscriptionId);
    return upgradeRules.optionsFor(source);
  }

  @Override
  public Subscription upgrade(
      UUID partnerId,
      UUID customerId,
      UUID subscriptionId,
      String targetOfferId,
      int quantity,
      long version,
      Actor actor) {
    SubscriptionRecord source =
        access.forChange(partnerId, customerId, subscriptionId, version, actor);
    standing.requireMayTransact(partnerId, RestrictedOperation.CONVERT_SUBSCRIPTION);
    UpgradeOption option =
        upgradeRules.optionsFor(source).stream()
            .filter(o -> o.target().offerId().equalsIgnoreCase(String.valueOf(targetOfferId)))
            .findFirst()
            .orElseThrow(
                () ->
                    BusinessRuleViolation.onField(
                        "targetOfferId", "subscription.upgrade.notAPath"));
    if (!option.eligible()) {
      throw new BusinessRuleViolation(option.refusals().get(0));
    }
    Offer target = option.target();
    if (!target.allowsQuantity(quantity)) {
      throw BusinessRuleViolation.onField(
          "quantity",
          "subscription.quantity.outOfRange",
          target.minQuantity(),
          target.maxQuantity());
    }
    requireRoomForAssignedLicenses(source, quantity);
    PartnerCalendar calendar = calendarOf(partnerId);
    LocalDate today = calendar.today();
    Instant now = clock.instant();
    // the target replaces the source from today, so the customer never goes without the service
    Term term = Term.startingOn(today, calendar.billingDay());
    BigDecimal unitPrice = priceLists.unitPriceOn(target.durableOfferId(), today);
    String orderId =
        orderBook
            .claim(partnerId, customerId, "upgrade:" + source.id(), actor)
            .orElseThrow(() -> new BusinessRuleViolation("subscription.upgrade.notActive"));
    SubscriptionRecord upgraded =
        SubscriptionRecord.purchase(
            customerId, partnerId, orderId, 0, target, quantity, null, unitPrice, null, term, now);
    upgraded.assignReseller(source.resellerPartnerId(), source.resellerMpnId(), now);
    subscriptions.save(upgraded);
    // the users keep their licenses, now of the new subscription
    subscriptions.flush();
    licenses.moveAssignments(source.id(), upgraded.id());
    end(source, SubscriptionEventType.UPGRADE, today, upgraded.id(), actor);
    record(upgraded, SubscriptionEventType.PURCHASE, today, source.id(), actor);
    // add-ons that the target also takes move over; the others end with their base
    for (SubscriptionRecord addOn : liveAddOnsOf(source)) {
      if (offerOf(addOn).isAddOnOf(target.offerId())) {
        addOn.moveToParent(upgraded.id(), now);
      } else {
        end(addOn, SubscriptionEventType.CANCEL, today, null, actor);
      }
    }
    auditLog.record(
        audit(actor, "subscription.upgraded", source)
            .detail("to", target.offerId())
            .detail("newSubscriptionId", upgraded.id())
            .build());
    return changed(upgraded);
  }

  // ---- daily jobs

  @Override
  public int deleteExpiredSuspensions(LocalDate today) {
    List<UUID> due =
        subscriptions.findSuspendedOnOrBefore(
            today.minusDays(SubscriptionRecord.DAYS_UNTIL_DELETION));
    Actor job = Actor.system("subscription-deletion");
    for (UUID id : due) {
      SubscriptionRecord subscription = subscriptions.findByIdForUpdate(id).orElseThrow();
      if (subscription.status() != SubscriptionStatus.SUSPENDED) {
        continue;
      }
      LocalDate deletionDate = subscription.deletionDate();
      subscription.delete(deletionDate, clock.instant());
      licenses.deleteBySubscriptionId(subscription.id());
      record(subscription, SubscriptionEventType.DELETE, deletionDate, null, job);
      auditLog.record(audit(job, "subscription.deleted", subscription).build());
    }
    return due.size();
  }

  @Override
  public int renewEndedTerms(LocalDate today) {
    Actor job = Actor.system("subscription-renewal");
    int renewed = 0;
    for (UUID id : subscriptions.findTermsEndedBefore(today)) {
      SubscriptionRecord subscription = subscriptions.findByIdForUpdate(id).orElseThrow();
      int billingDay = calendarOf(subscription.partnerId()).billingDay();
      // a job that did not run for a while catches up term by term
      while (subscription.status() == SubscriptionStatus.ACTIVE
          && subscription.autoRenew()
          && subscription.commitmentEndDate().isBefore(today)) {
        Term next =
            new Term(subscription.effectiveStartDate(), subscription.commitmentEndDate())
                .next(billingDay);
        BigDecimal price = priceLists.unitPriceOn(subscription.durableOfferId(), next.start());
        subscription.renew(next, price, clock.instant());
        record(subscription, SubscriptionEventType.RENEW, next.start(), null, job);
        auditLog.record(
            audit(job, "subscription.renewed", subscription)
                .detail("until", next.end())
                .detail("unitPrice", price)
                .build());
        renewed++;
      }
    }
    return renewed;
  }

  // ---- helpers

  private List<PricedLine> checkLines(
      UUID partnerId, UUID customerId, List<OrderLine> requested, PartnerCalendar calendar) {
    LocalDate start = calendar.today().plusDays(1);
    List<PricedLine> lines = new ArrayList<>();
    for (OrderLine line : requested) {
      Offer offer =
          catalog
              .find(line.offerId())
              .orElseThrow(
                  () ->
                      BusinessRuleViolation.onField("offerId", "subscription.order.unknownOffer"));
      if (!offer.allowsQuantity(line.quantity())) {
        throw BusinessRuleViolation.onField(
            "quantity",
            "subscription.quantity.outOfRange",
            offer.minQuantity(),
            offer.maxQuantity());
      }
      if (offer.addOn()) {
        standing.requireMayTransact(partnerId, RestrictedOperation.ORDER_ADD_ON);
        requireParentFor(offer, line, partnerId, customerId);
      } else {
        standing.requireMayTransact(partnerId, RestrictedOperation.CREATE_ORDER);
        if (line.parentSubscriptionId() != null) {
          throw BusinessRuleViolation.onField(
              "offerId", "subscription.order.notAnAddOn", offer.name());
        }
      }
      upgradeRules.requireNoOtherTransactingPartner(partnerId, customerId, offer);
      lines.add(new PricedLine(line, offer, priceLists.unitPriceOn(offer.durableOfferId(), start)));
    }
    return lines;
  }

  /** Licenses are unassigned first: the quantity never drops below what the users hold. */
  private void requireRoomForAssignedLicenses(SubscriptionRecord subscription, int quantity) {
    long assigned = licenses.countByKeySubscriptionId(subscription.id());
    if (quantity < assigned) {
      throw BusinessRuleViolation.onField(
          "quantity", "subscription.quantity.belowAssigned", assigned);
    }
  }

  private void requireParentFor(Offer addOn, OrderLine line, UUID partnerId, UUID customerId) {
    if (line.parentSubscriptionId() == null) {
      throw BusinessRuleViolation.onField(
          "offerId", "subscription.order.addOnNeedsParent", addOn.name());
    }
    SubscriptionRecord parent;
    try {
      parent = access.ownedBy(partnerId, customerId, line.parentSubscriptionId());
    } catch (NotFound unknownParent) {
      throw BusinessRuleViolation.onField(
          "offerId", "subscription.order.addOnNeedsParent", addOn.name());
    }
    if (parent.status() != SubscriptionStatus.ACTIVE || parent.parentSubscriptionId() != null) {
      throw BusinessRuleViolation.onField(
          "offerId", "subscription.order.parentNotActive", parent.offerName());
    }
    if (!addOn.isAddOnOf(parent.offerId())) {
      throw BusinessRuleViolation.onField(
          "offerId", "subscription.order.notAnAddOnOf", addOn.name(), parent.offerName());
    }
  }

  private Reseller defaultResellerOf(CustomerAccount customer) {
    if (customer.resellerPartnerId() == null) {
      return null;
    }
    return partners
        .findOverview(customer.resellerPartnerId())
        .map(reseller -> new Reseller(reseller.id(), reseller.mpnId()))
        .orElse(null);
  }

  private List<SubscriptionRecord> activeAddOnsOf(SubscriptionRecord base) {
    return subscriptions.findByParentSubscriptionIdAndStatusIn(
        base.id(), List.of(SubscriptionStatus.ACTIVE));
  }

  private List<SubscriptionRecord> liveAddOnsOf(SubscriptionRecord base) {
    return subscriptions.findByParentSubscriptionIdAndStatusIn(
        base.id(), List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED));
  }

  private void end(
      SubscriptionRecord subscription,
      SubscriptionEventType type,
      LocalDate today,
      UUID related,
      Actor actor) {
    subscription.cancel(today, clock.instant());
    licenses.deleteBySubscriptionId(subscription.id());
    record(subscription, type, today, related, actor);
  }

  private void record(
      SubscriptionRecord subscription,
      SubscriptionEventType type,
      LocalDate effectiveDate,
      UUID related,
      Actor actor) {
    events.save(
        new SubscriptionEventRecord(
            subscription,
            subscription.nextEventSequence(),
            type,
            effectiveDate,
            related,
            clock.instant(),
            actor.name()));
  }

  /** The view after a change, with the version the change produced. */
  private Subscription changed(SubscriptionRecord subscription) {
    subscriptions.flush();
    return access.toView(subscription);
  }

  private Offer offerOf(SubscriptionRecord subscription) {
    return catalog.find(subscription.offerId()).orElseThrow();
  }

  private PartnerCalendar calendarOf(UUID partnerId) {
    PartnerOverview partner =
        partners.findOverview(partnerId).orElseThrow(() -> new NotFound("partner.notFound"));
    return PartnerCalendar.of(partner, clock);
  }

  private AuditEntry.Builder audit(Actor actor, String action, SubscriptionRecord subscription) {
    return AuditEntry.of(actor, action)
        .partner(subscription.partnerId())
        .target("subscription", subscription.id())
        .detail("customerId", subscription.customerId());
  }

  private record PricedLine(OrderLine request, Offer offer, BigDecimal unitPrice) {}

  private record Reseller(UUID partnerId, String mpnId) {}
}
