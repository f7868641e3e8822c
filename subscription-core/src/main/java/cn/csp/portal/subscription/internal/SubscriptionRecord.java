package cn.csp.portal.subscription.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.SubscriptionStatus;
import cn.csp.portal.subscription.SubscriptionSuspensionReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A subscription and its state machine (spec 2.23, 5). The service records a history event for
 * every change made here; this class only guards the transitions.
 */
@Entity
@Table(name = "subscription")
class SubscriptionRecord {

  /** A suspended subscription is deleted, with its data, this many days after the suspension. */
  static final int DAYS_UNTIL_DELETION = 60;

  /** The reseller MPN ID of a subscription whose reseller of record the partner removed. */
  static final String REMOVED_RESELLER = Subscription.REMOVED_RESELLER;

  @Id private UUID id;
  private UUID customerId;
  private UUID partnerId;
  private String orderId;
  private int lineNumber;
  private String offerId;
  private String durableOfferId;
  private String offerName;
  private String friendlyName;

  @Enumerated(EnumType.STRING)
  private BillingType billingType;

  private String unitType;
  private int quantity;
  private BigDecimal unitPrice;
  private UUID parentSubscriptionId;
  private Instant createdAt;
  private LocalDate effectiveStartDate;
  private LocalDate commitmentEndDate;

  @Column(name = "auto_renew")
  private boolean autoRenew;

  @Enumerated(EnumType.STRING)
  private SubscriptionStatus status;

  @Enumerated(EnumType.STRING)
  private SubscriptionSuspensionReason suspensionReason;

  private LocalDate suspendedOn;
  private LocalDate endedOn;
  private UUID resellerPartnerId;
  private String resellerMpnId;
  private int eventsRecorded;
  private Instant updatedAt;
  // a wrapper type, so that a subscription not yet saved is new to Spring Data (its id is assigned)
  @Version private Long version;

  protected SubscriptionRecord() {}

  static SubscriptionRecord purchase(
      UUID customerId,
      UUID partnerId,
      String orderId,
      int lineNumber,
      Offer offer,
      int quantity,
      String friendlyName,
      BigDecimal unitPrice,
      UUID parentSubscriptionId,
      Term term,
      Instant now) {
    SubscriptionRecord subscription = new SubscriptionRecord();
    subscription.id = UUID.randomUUID();
    subscription.customerId = customerId;
    subscription.partnerId = partnerId;
    subscription.orderId = orderId;
    subscription.lineNumber = lineNumber;
    subscription.offerId = offer.offerId();
    subscription.durableOfferId = offer.durableOfferId();
    subscription.offerName = offer.name();
    subscription.friendlyName =
        friendlyName == null || friendlyName.isBlank() ? offer.name() : friendlyName.strip();
    subscription.billingType = offer.billingType();
    subscription.unitType = offer.unitType();
    subscription.quantity = quantity;
    subscription.unitPrice = unitPrice;
    subscription.parentSubscriptionId = parentSubscriptionId;
    subscription.createdAt = now;
    subscription.effectiveStartDate = term.start();
    subscription.commitmentEndDate = term.end();
    subscription.autoRenew = offer.isAutoRenewable();
    subscription.status = SubscriptionStatus.ACTIVE;
    subscription.updatedAt = now;
    return subscription;
  }

  void changeQuantity(int newQuantity, Instant now) {
    requireStatus(SubscriptionStatus.ACTIVE, "subscription.notActive");
    if (newQuantity == quantity) {
      throw BusinessRuleViolation.onField("quantity", "subscription.quantity.unchanged");
    }
    quantity = newQuantity;
    updatedAt = now;
  }

  void rename(String newFriendlyName, Instant now) {
    requireNotFinal();
    friendlyName = newFriendlyName.strip();
    updatedAt = now;
  }

  /**
   * Sets the reseller of record; removing one leaves the marker "-1" the files show (spec 2.13).
   */
  void assignReseller(UUID resellerId, String mpnId, Instant now) {
    requireNotFinal();
    boolean removed = resellerId == null && resellerPartnerId != null;
    resellerPartnerId = resellerId;
    resellerMpnId = removed ? REMOVED_RESELLER : mpnId;
    updatedAt = now;
  }

  void suspend(SubscriptionSuspensionReason reason, LocalDate today, Instant now) {
    requireStatus(SubscriptionStatus.ACTIVE, "subscription.suspend.notActive");
    status = SubscriptionStatus.SUSPENDED;
    suspensionReason = reason;
    suspendedOn = today;
    updatedAt = now;
  }

  void reactivate(LocalDate today, Instant now) {
    requireStatus(SubscriptionStatus.SUSPENDED, "subscription.reactivate.notSuspended");
    if (!today.isBefore(deletionDate())) {
      throw new BusinessRuleViolation(
          "subscription.reactivate.tooLate", suspendedOn, DAYS_UNTIL_DELETION);
    }
    status = SubscriptionStatus.ACTIVE;
    suspensionReason = null;
    suspendedOn = null;
    updatedAt = now;
  }

  /** Ends the subscription: cancelled by the partner, or the source of an upgrade. */
  void cancel(LocalDate today, Instant now) {
    requireNotFinal();
    status = SubscriptionStatus.CANCELLED;
    suspensionReason = null;
    suspendedOn = null;
    autoRenew = false;
    endedOn = today;
    updatedAt = now;
  }

  /**
   * Deletes a subscription suspended for 60 days: the customer's data goes (here, the nickname;
   * license assignments are removed by the service), the row and its history stay for billing.
   */
  void delete(LocalDate today, Instant now) {
    requireStatus(SubscriptionStatus.SUSPENDED, "subscription.notSuspended");
    status = SubscriptionStatus.DELETED;
    suspensionReason = null;
    suspendedOn = null;
    autoRenew = false;
    friendlyName = null;
    endedOn = today;
    updatedAt = now;
  }

  /** A new term at the price of its first day. */
  void renew(Term next, BigDecimal newUnitPrice, Instant now) {
    requireStatus(SubscriptionStatus.ACTIVE, "subscription.notActive");
    effectiveStartDate = next.start();
    commitmentEndDate = next.end();
    unitPrice = newUnitPrice;
    updatedAt = now;
  }

  void moveToParent(UUID newParentId, Instant now) {
    parentSubscriptionId = newParentId;
    updatedAt = now;
  }

  int nextEventSequence() {
    return ++eventsRecorded;
  }

  LocalDate deletionDate() {
    return suspendedOn == null ? null : suspendedOn.plusDays(DAYS_UNTIL_DELETION);
  }

  private void requireStatus(SubscriptionStatus required, String messageKey) {
    if (status != required) {
      throw new BusinessRuleViolation(messageKey, status.name());
    }
  }

  private void requireNotFinal() {
    if (status.isFinal()) {
      throw new BusinessRuleViolation("subscription.ended", status.name());
    }
  }

  UUID id() {
    return id;
  }

  UUID customerId() {
    return customerId;
  }

  UUID partnerId() {
    return partnerId;
  }

  String orderId() {
    return orderId;
  }

  int lineNumber() {
    return lineNumber;
  }

  String offerId() {
    return offerId;
  }

  String durableOfferId() {
    return durableOfferId;
  }

  String offerName() {
    return offerName;
  }

  String friendlyName() {
    return friendlyName;
  }

  BillingType billingType() {
    return billingType;
  }

  String unitType() {
    return unitType;
  }

  int quantity() {
    return quantity;
  }

  BigDecimal unitPrice() {
    return unitPrice;
  }

  UUID parentSubscriptionId() {
    return parentSubscriptionId;
  }

  Instant createdAt() {
    return createdAt;
  }

  LocalDate effectiveStartDate() {
    return effectiveStartDate;
  }

  LocalDate commitmentEndDate() {
    return commitmentEndDate;
  }

  boolean autoRenew() {
    return autoRenew;
  }

  SubscriptionStatus status() {
    return status;
  }

  SubscriptionSuspensionReason suspensionReason() {
    return suspensionReason;
  }

  LocalDate suspendedOn() {
    return suspendedOn;
  }

  UUID resellerPartnerId() {
    return resellerPartnerId;
  }

  String resellerMpnId() {
    return resellerMpnId;
  }

  /** What billing names of this subscription. */
  SubscriptionBilledAs billedAs() {
    return new SubscriptionBilledAs(
        id,
        partnerId,
        customerId,
        orderId,
        offerId,
        durableOfferId,
        offerName,
        friendlyName,
        billingType,
        resellerMpnId);
  }

  long version() {
    return version == null ? 0 : version;
  }
}
