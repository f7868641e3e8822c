package cn.csp.portal.billing.internal.rating;

import cn.csp.portal.billing.BillingPeriod;
import cn.csp.portal.billing.ChargeType;
import cn.csp.portal.billing.internal.rating.LicenseHistory.Change;
import cn.csp.portal.billing.internal.rating.LicenseHistory.State;
import cn.csp.portal.billing.internal.rating.LicenseHistory.Status;
import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.SubscriptionEventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rates one license subscription for one invoice: the adjustments of the service period and the
 * advance for the next one (rules and worked examples in docs/billing.md, spec 2.14 and 6).
 * Deterministic and side-effect free: the lines depend only on the subscription's events effective
 * on or before the invoice date, so rating the same invoice twice gives the same lines.
 *
 * <p>Lines come in this order: reversal, prorated segments (or free-period lines), cancellation
 * credits and purchase prorates by date, then the advance. A subscription with nothing to bill
 * gives no lines; usage subscriptions always give none (the run rates their usage records).
 */
public final class LicenseRating {

  private final VatRate vatRate;

  public LicenseRating(VatRate vatRate) {
    this.vatRate = Objects.requireNonNull(vatRate, "vatRate");
  }

  public List<LicenseCharge> rate(BillableSubscription subscription, BillingPeriod period) {
    if (subscription.billingType() != BillingType.LICENSE) {
      return List.of();
    }
    Optional<LicenseHistory> history =
        LicenseHistory.of(subscription.events(), period.invoiceDate());
    if (history.isEmpty()) {
      return List.of();
    }
    return new Invoice(subscription, history.get(), period).lines();
  }

  /** The lines of one subscription on one invoice. */
  private final class Invoice {

    private final BillableSubscription subscription;
    private final LicenseHistory history;
    private final BillingPeriod period;
    private final List<LicenseCharge> lines = new ArrayList<>();

    Invoice(BillableSubscription subscription, LicenseHistory history, BillingPeriod period) {
      this.subscription = subscription;
      this.history = history;
      this.period = period;
    }

    List<LicenseCharge> lines() {
      LocalDate start = history.start();
      boolean inFreePeriod =
          !history.upgradeTarget()
              && start.isAfter(period.serviceStart())
              && !start.isAfter(period.serviceEnd());
      if (inFreePeriod) {
        if (history.atCut(period.invoiceDate()).status() == Status.ENDED) {
          // cancelled before its first billing date: free, and absent from the files
          return List.of();
        }
        freePeriod();
      } else {
        servicePeriod();
      }
      advance();
      return List.copyOf(lines);
    }

    /**
     * From the start to the first billing date: nothing is charged, quantity changes are listed.
     */
    private void freePeriod() {
      List<Change> changes = history.during(history.start(), period.serviceEnd());
      if (changes.stream().noneMatch(c -> c.type() == SubscriptionEventType.QUANTITY_CHANGE)) {
        return;
      }
      int purchased = history.atCut(history.start()).quantity();
      for (Segment segment : segments(history.start(), purchased, changes)) {
        add(
            ChargeType.CYCLE_INSTANCE_PRORATE,
            segment.from(),
            segment.to(),
            BigDecimal.ZERO,
            segment.quantity(),
            BigDecimal.ZERO.setScale(2));
      }
    }

    /**
     * A period that was billed in advance (or during which the subscription became active):
     * quantity changes reverse the advance and charge each quantity for its days; every stop
     * (cancellation, upgrade away, suspension) credits the days left; every start (reactivation, an
     * upgrade target's purchase) charges the days left.
     */
    private void servicePeriod() {
      State state = history.atCut(period.serviceStart());
      boolean billed = state.active();
      List<Change> changes = history.during(period.serviceStart(), period.serviceEnd());
      List<Event> stops = new ArrayList<>();
      List<Event> starts = new ArrayList<>();
      boolean quantityChanged = false;
      for (Change change : changes) {
        State before = state;
        state = state.after(change);
        if (before.active() && !state.active()) {
          stops.add(new Event(change.day(), before.quantity(), before.unitPrice()));
        } else if (!before.active() && state.active()) {
          starts.add(new Event(change.day(), state.quantity(), state.unitPrice()));
        }
        quantityChanged |= change.type() == SubscriptionEventType.QUANTITY_CHANGE;
      }
      List<Line> prorates = new ArrayList<>();
      List<Event> startsLeft = starts;
      if (quantityChanged && (billed || !starts.isEmpty())) {
        State atStart = history.atCut(period.serviceStart());
        Event first =
            billed
                ? new Event(period.serviceStart(), atStart.quantity(), atStart.unitPrice())
                : starts.get(0);
        if (billed) {
          add(
              ChargeType.CANCEL_INSTANCE_PRORATE,
              period.serviceStart(),
              period.serviceEnd(),
              first.unitPrice(),
              first.quantity(),
              prorate(first.quantity(), first.unitPrice(), period.serviceDays()).negate());
        } else {
          startsLeft = starts.subList(1, starts.size());
        }
        List<Change> fromFirst =
            changes.stream().filter(c -> !c.day().isBefore(first.day())).toList();
        boolean firstSegment = true;
        for (Segment segment : segments(first.day(), first.quantity(), fromFirst)) {
          add(
              !billed && firstSegment
                  ? ChargeType.PRORATE_FEES_WHEN_PURCHASE
                  : ChargeType.CYCLE_INSTANCE_PRORATE,
              segment.from(),
              segment.to(),
              first.unitPrice(),
              segment.quantity(),
              prorate(segment.quantity(), first.unitPrice(), segment.days()));
          firstSegment = false;
        }
      }
      for (Event stop : stops) {
        prorates.add(new Line(ChargeType.PRORATE_FEES_WHEN_CANCEL, stop, true));
      }
      for (Event restart : startsLeft) {
        prorates.add(new Line(ChargeType.PRORATE_FEES_WHEN_PURCHASE, restart, false));
      }
      prorates.sort(Comparator.comparing(line -> line.event().day()));
      for (Line line : prorates) {
        Event event = line.event();
        long days = ChronoUnit.DAYS.between(event.day(), period.invoiceDate());
        BigDecimal amount = prorate(event.quantity(), event.unitPrice(), days);
        add(
            line.type(),
            event.day(),
            period.serviceEnd(),
            event.unitPrice(),
            event.quantity(),
            line.credit() ? amount.negate() : amount);
      }
    }

    /** The advance for the coming period, for a subscription active at the cut. */
    private void advance() {
      State atCut = history.atCut(period.invoiceDate());
      if (!atCut.active() || atCut.quantity() <= 0) {
        return;
      }
      ChargeType type;
      if (history.renewedOn(period.invoiceDate())) {
        type = ChargeType.RENEW_FEE;
      } else if (!history.upgradeTarget()
          && BillingPeriod.firstBillingDateOnOrAfter(history.start(), period.billingDay())
              .equals(period.invoiceDate())) {
        type = ChargeType.PURCHASE_FEE;
      } else {
        type = ChargeType.CYCLE_FEE;
      }
      add(
          type,
          period.advanceStart(),
          period.advanceEnd(),
          atCut.unitPrice(),
          atCut.quantity(),
          Proration.amount(
              atCut.quantity(), atCut.unitPrice(), period.advanceDays(), period.advanceDays()));
    }

    /**
     * The days from {@code from} to the end of the service period, cut at every quantity change; a
     * change on a segment's first day replaces its quantity (no empty segments).
     */
    private List<Segment> segments(LocalDate from, int quantity, List<Change> changes) {
      List<Segment> segments = new ArrayList<>();
      LocalDate segmentStart = from;
      int current = quantity;
      for (Change change : changes) {
        if (change.type() != SubscriptionEventType.QUANTITY_CHANGE) {
          continue;
        }
        if (change.day().isAfter(segmentStart)) {
          segments.add(new Segment(segmentStart, change.day().minusDays(1), current));
          segmentStart = change.day();
        }
        current = change.quantityAfter();
      }
      segments.add(new Segment(segmentStart, period.serviceEnd(), current));
      return segments;
    }

    private BigDecimal prorate(int quantity, BigDecimal unitPrice, long days) {
      return Proration.amount(quantity, unitPrice, days, period.serviceDays());
    }

    private void add(
        ChargeType type,
        LocalDate from,
        LocalDate to,
        BigDecimal unitPrice,
        int quantity,
        BigDecimal amount) {
      BigDecimal discount = BigDecimal.ZERO.setScale(2);
      BigDecimal subtotal = amount.subtract(discount);
      BigDecimal tax = vatRate.taxOn(subtotal);
      String name = subscription.friendlyName();
      lines.add(
          new LicenseCharge(
              subscription.subscriptionId(),
              subscription.customerId(),
              subscription.orderId(),
              subscription.offerId(),
              subscription.durableOfferId(),
              subscription.offerName(),
              name == null || name.isBlank() ? subscription.offerName() : name,
              subscription.resellerMpnId(),
              history.start(),
              history.termEndOn(from, period.billingDay()),
              type,
              from,
              to,
              unitPrice,
              quantity,
              amount,
              discount,
              subtotal,
              tax,
              subtotal.add(tax)));
    }
  }

  /** A start or stop: from {@code day} to the end of the period, at this quantity and price. */
  private record Event(LocalDate day, int quantity, BigDecimal unitPrice) {}

  private record Line(ChargeType type, Event event, boolean credit) {}

  private record Segment(LocalDate from, LocalDate to, int quantity) {
    long days() {
      return ChronoUnit.DAYS.between(from, to) + 1;
    }
  }
}
