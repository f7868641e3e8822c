package cn.csp.portal.subscription.internal;

import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.LicenseAssignment;
import cn.csp.portal.subscription.LicensePool;
import cn.csp.portal.subscription.Licenses;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.SubscriptionStatus;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class LicensesService implements Licenses {

  private static final List<SubscriptionStatus> LIVE =
      List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED);

  private final LicenseAssignmentRepository assignments;
  private final SubscriptionRepository subscriptions;
  private final CustomerUsers customerUsers;
  private final OfferCatalog catalog;
  private final AuditLog auditLog;
  private final Clock clock;

  LicensesService(
      LicenseAssignmentRepository assignments,
      SubscriptionRepository subscriptions,
      CustomerUsers customerUsers,
      OfferCatalog catalog,
      AuditLog auditLog,
      Clock clock) {
    this.assignments = assignments;
    this.subscriptions = subscriptions;
    this.customerUsers = customerUsers;
    this.catalog = catalog;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<LicensePool> poolsOf(UUID customerId, Actor actor) {
    customerUsers.requireDirectoryAccess(customerId, actor);
    return subscriptions.findByCustomerIdAndStatusIn(customerId, LIVE).stream()
        .filter(s -> s.billingType() == BillingType.LICENSE)
        .map(
            s ->
                new LicensePool(
                    s.id(),
                    s.offerName(),
                    s.friendlyName(),
                    s.status(),
                    s.quantity(),
                    (int) assignments.countByKeySubscriptionId(s.id())))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<LicenseAssignment> assignmentsOf(UUID customerId, Actor actor) {
    customerUsers.requireDirectoryAccess(customerId, actor);
    return assignments.findByCustomerIdOrderByAssignedAt(customerId).stream()
        .map(LicenseAssignmentRecord::toAssignment)
        .toList();
  }

  @Override
  public void assign(UUID customerId, UUID subscriptionId, UUID customerUserId, Actor actor) {
    // checks the actor's access and that the user is the customer's
    customerUsers.find(customerId, customerUserId, actor);
    // the lock serialises this count with other assignments and with quantity changes
    SubscriptionRecord subscription = lockedPool(customerId, subscriptionId);
    if (subscription.status() != SubscriptionStatus.ACTIVE) {
      throw new BusinessRuleViolation("license.subscriptionNotActive", subscription.offerName());
    }
    var key = new LicenseAssignmentRecord.Key(subscriptionId, customerUserId);
    if (assignments.existsById(key)) {
      throw new BusinessRuleViolation("license.alreadyAssigned", subscription.offerName());
    }
    long assigned = assignments.countByKeySubscriptionId(subscriptionId);
    if (assigned >= subscription.quantity()) {
      throw new BusinessRuleViolation(
          "license.noneAvailable", subscription.offerName(), subscription.quantity());
    }
    assignments.save(
        new LicenseAssignmentRecord(
            subscriptionId, customerUserId, customerId, clock.instant(), actor.name()));
    auditLog.record(
        AuditEntry.of(actor, "license.assigned")
            .partner(subscription.partnerId())
            .target("subscription", subscriptionId)
            .detail("customerId", customerId)
            .detail("customerUserId", customerUserId)
            .build());
  }

  @Override
  public void unassign(UUID customerId, UUID subscriptionId, UUID customerUserId, Actor actor) {
    customerUsers.find(customerId, customerUserId, actor);
    SubscriptionRecord subscription = lockedPool(customerId, subscriptionId);
    var key = new LicenseAssignmentRecord.Key(subscriptionId, customerUserId);
    if (!assignments.existsById(key)) {
      throw new NotFound("license.notAssigned");
    }
    assignments.deleteById(key);
    auditLog.record(
        AuditEntry.of(actor, "license.unassigned")
            .partner(subscription.partnerId())
            .target("subscription", subscriptionId)
            .detail("customerId", customerId)
            .detail("customerUserId", customerUserId)
            .build());
  }

  @Override
  @Transactional(readOnly = true)
  public Set<CloudService> servicesOf(UUID customerId, Actor actor) {
    customerUsers.requireDirectoryAccess(customerId, actor);
    Set<CloudService> services = EnumSet.noneOf(CloudService.class);
    subscriptions
        .findByCustomerIdAndStatusIn(customerId, List.of(SubscriptionStatus.ACTIVE))
        .forEach(s -> catalog.find(s.offerId()).map(Offer::services).ifPresent(services::addAll));
    return services;
  }

  private SubscriptionRecord lockedPool(UUID customerId, UUID subscriptionId) {
    return subscriptions
        .findByIdForUpdate(subscriptionId)
        .filter(s -> s.customerId().equals(customerId))
        .filter(s -> s.billingType() == BillingType.LICENSE)
        .orElseThrow(() -> new NotFound("subscription.notFound"));
  }
}
