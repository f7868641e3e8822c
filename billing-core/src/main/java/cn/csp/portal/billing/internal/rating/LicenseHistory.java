package cn.csp.portal.billing.internal.rating;

import cn.csp.portal.billing.BillingPeriod;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionEventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A license subscription's history as the rating reads it: the state at each billing cut and the
 * changes made between cuts.
 *
 * <p>The cut of a billing date B is the start of that day. It sees every change effective before B,
 * plus the two kinds of event that begin on a day rather than happen during it: a purchase
 * (effective the day after the order) and a renewal (the new term's first day). Every other change
 * effective on B (quantity change, suspension, cancellation, upgrade, reactivation, and an upgrade
 * target's purchase) happens during B, so it belongs to the period that starts on B. This makes the
 * advance billed at B independent of the hour at which the billing run happens, and the next
 * invoice reverses exactly what was billed.
 */
final class LicenseHistory {

  enum Status {
    NOT_STARTED,
    ACTIVE,
    SUSPENDED,
    ENDED
  }

  /**
   * One event as rated.
   *
   * @param day the effective day, never before the subscription's start (a change made on the order
   *     day, before the start, applies from the start)
   */
  record Change(
      SubscriptionEventType type,
      LocalDate day,
      int quantityAfter,
      BigDecimal unitPrice,
      boolean startsTheDay) {}

  /**
   * The subscription at one moment. The quantity is the one in force: after a cancellation it stays
   * the quantity before it (what the last segment of a period is charged at).
   */
  record State(Status status, int quantity, BigDecimal unitPrice) {

    static final State NONE = new State(Status.NOT_STARTED, 0, BigDecimal.ZERO);

    boolean active() {
      return status == Status.ACTIVE;
    }

    State after(Change change) {
      return switch (change.type()) {
        case PURCHASE -> new State(Status.ACTIVE, change.quantityAfter(), change.unitPrice());
        case QUANTITY_CHANGE ->
            status == Status.ENDED ? this : new State(status, change.quantityAfter(), unitPrice);
        case SUSPEND -> status == Status.ACTIVE ? withStatus(Status.SUSPENDED) : this;
        case REACTIVATE -> status == Status.SUSPENDED ? withStatus(Status.ACTIVE) : this;
        case CANCEL, UPGRADE, DELETE -> withStatus(Status.ENDED);
        // the quantity is left alone: a change made earlier on the renewal day is not yet billed
        case RENEW ->
            new State(
                status, quantity, change.unitPrice() == null ? unitPrice : change.unitPrice());
      };
    }

    private State withStatus(Status next) {
      return new State(next, quantity, unitPrice);
    }
  }

  private final List<Change> changes;
  private final LocalDate start;
  private final boolean upgradeTarget;

  private LicenseHistory(List<Change> changes, LocalDate start, boolean upgradeTarget) {
    this.changes = changes;
    this.start = start;
    this.upgradeTarget = upgradeTarget;
  }

  /**
   * The history as known on {@code upTo}; empty when the subscription was not purchased by then.
   */
  static Optional<LicenseHistory> of(List<SubscriptionEvent> events, LocalDate upTo) {
    List<SubscriptionEvent> known =
        events.stream()
            .filter(e -> !e.effectiveDate().isAfter(upTo))
            .sorted(Comparator.comparingInt(SubscriptionEvent::sequence))
            .toList();
    Optional<SubscriptionEvent> purchase =
        known.stream().filter(e -> e.type() == SubscriptionEventType.PURCHASE).findFirst();
    if (purchase.isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = purchase.get().effectiveDate();
    boolean upgradeTarget = purchase.get().relatedSubscriptionId() != null;
    List<Change> changes = new ArrayList<>();
    // the purchase is a subscription's first event; nothing can precede it
    for (SubscriptionEvent event : known.subList(known.indexOf(purchase.get()), known.size())) {
      // a quantity change made on the order day, before the start, applies from the start
      LocalDate day = event.effectiveDate().isBefore(start) ? start : event.effectiveDate();
      boolean startsTheDay =
          event.type() == SubscriptionEventType.RENEW
              || (event.type() == SubscriptionEventType.PURCHASE && !upgradeTarget);
      changes.add(
          new Change(event.type(), day, event.quantityAfter(), event.unitPrice(), startsTheDay));
    }
    return Optional.of(new LicenseHistory(List.copyOf(changes), start, upgradeTarget));
  }

  LocalDate start() {
    return start;
  }

  /** Started by an upgrade: no free period, the first days are charged. */
  boolean upgradeTarget() {
    return upgradeTarget;
  }

  /** The state at the start of {@code cut}, as the advance billed on {@code cut} sees it. */
  State atCut(LocalDate cut) {
    State state = State.NONE;
    for (Change change : changes) {
      if (change.day().isBefore(cut) || (change.day().equals(cut) && change.startsTheDay())) {
        state = state.after(change);
      }
    }
    return state;
  }

  /** The changes that happen during the days from {@code from} to {@code to}, in order. */
  List<Change> during(LocalDate from, LocalDate to) {
    return changes.stream()
        .filter(c -> !c.startsTheDay() && !c.day().isBefore(from) && !c.day().isAfter(to))
        .toList();
  }

  boolean renewedOn(LocalDate day) {
    return changes.stream()
        .anyMatch(c -> c.type() == SubscriptionEventType.RENEW && c.day().equals(day));
  }

  /**
   * The last day of the term in force on {@code day}: the term started by the last purchase or
   * renewal effective by then, twelve months stretched to end the day before a billing date (the
   * rule of subscription-core's terms, spec 2.13 SubscriptionEndDate).
   */
  LocalDate termEndOn(LocalDate day, int billingDay) {
    LocalDate termStart = start;
    for (Change change : changes) {
      if (change.type() == SubscriptionEventType.RENEW && !change.day().isAfter(day)) {
        termStart = change.day();
      }
    }
    return BillingPeriod.firstBillingDateOnOrAfter(termStart.plusMonths(12), billingDay)
        .minusDays(1);
  }
}
