package cn.csp.portal.perf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One customer and everything that happened to it in the generated year, as the application would
 * have stored it: the customer, its orders and subscriptions in their final state, each
 * subscription's history, and the audit entries of every step. Made by {@link CustomerSimulation},
 * written by {@link CustomerWriter}.
 */
final class CustomerHistory {

  int number;
  World.Partner partner;

  /** The indirect reseller the provider created the customer for, or null. */
  World.Partner reseller;

  UUID id;
  String companyName;
  boolean english;
  String domainBase;
  Person contact;
  String contactEmail;
  String contactPhone;
  String billingCompanyName;
  Person billingPerson;
  String billingEmail;
  PostalAddress address;
  String culture;
  String language;
  Instant createdAt;
  World.User creator;
  String createRequestId;
  UUID adminId;

  final List<Order> orders = new ArrayList<>();
  final List<Sub> subscriptions = new ArrayList<>();
  final List<AuditEvent> audits = new ArrayList<>();

  /** A partner's first customer: an early, steady account (see {@link CustomerSimulation}). */
  boolean keyAccount() {
    return number == partner.firstCustomer;
  }

  String adminDisplayName() {
    return contact.firstName() + " " + contact.lastName();
  }

  static final class Order {
    int serial;
    Instant createdAt;
    String requestId;
    String createdBy;
    int lines;
  }

  static final class Event {
    final int sequence;
    final String type;
    final LocalDate effectiveDate;
    final int quantityAfter;
    final BigDecimal unitPrice;
    final UUID relatedSubscriptionId;
    final Instant recordedAt;
    final String recordedBy;

    Event(
        int sequence,
        String type,
        LocalDate effectiveDate,
        int quantityAfter,
        BigDecimal unitPrice,
        UUID relatedSubscriptionId,
        Instant recordedAt,
        String recordedBy) {
      this.sequence = sequence;
      this.type = type;
      this.effectiveDate = effectiveDate;
      this.quantityAfter = quantityAfter;
      this.unitPrice = unitPrice;
      this.relatedSubscriptionId = relatedSubscriptionId;
      this.recordedAt = recordedAt;
      this.recordedBy = recordedBy;
    }
  }

  /** A subscription: its row as it ends up, its history, and when it was in service. */
  static final class Sub {
    int index;
    UUID id;
    Catalog.Offer offer;
    Order order;
    int lineNumber;
    String friendlyName;
    int quantity;
    BigDecimal unitPrice;
    Sub parent;
    Instant createdAt;
    LocalDate start;
    LocalDate end;
    boolean autoRenew;
    String status = "ACTIVE";
    String suspensionReason;
    LocalDate suspendedOn;
    LocalDate endedOn;
    World.Partner reseller;
    int version;
    Instant updatedAt;
    final List<Event> events = new ArrayList<>();

    /** Days in service (active), as [from, to] pairs: usage is metered on these days. */
    final List<LocalDate[]> inService = new ArrayList<>();

    LocalDate inServiceSince;

    boolean live() {
      return status.equals("ACTIVE") || status.equals("SUSPENDED");
    }

    boolean active() {
      return status.equals("ACTIVE");
    }

    boolean addOn() {
      return offer.addOn();
    }

    void startService(LocalDate day) {
      inServiceSince = day;
    }

    /** Service stops before {@code day}: the last day in service is the day before. */
    void stopService(LocalDate day) {
      if (inServiceSince != null) {
        LocalDate last = day.minusDays(1);
        if (!last.isBefore(inServiceSince)) {
          inService.add(new LocalDate[] {inServiceSince, last});
        }
        inServiceSince = null;
      }
    }
  }

  /** An audit entry, kept with the customer until the audit pass writes it. */
  record AuditEvent(
      Instant at,
      AuditTrail.Actor actor,
      String action,
      String targetType,
      Object targetId,
      String requestId,
      Object[] details) {}
}
