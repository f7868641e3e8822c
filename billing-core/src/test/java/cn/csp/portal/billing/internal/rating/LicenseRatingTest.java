package cn.csp.portal.billing.internal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.csp.portal.billing.BillingPeriod;
import cn.csp.portal.billing.ChargeType;
import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionEventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rating rules of spec 2.14 (and the decisions of docs/billing.md) on event histories, for a
 * partner whose billing day is the 15th, at 11 per seat per month.
 */
class LicenseRatingTest {

  private static final int BILLING_DAY = 15;
  private static final BigDecimal PRICE = new BigDecimal("11.00");
  private final LicenseRating rating = new LicenseRating(VatRate.DEFAULT);

  /** Builds a history event by event, as subscription-core records it. */
  private static final class History {
    private final UUID id = UUID.randomUUID();
    private final List<SubscriptionEvent> events = new ArrayList<>();

    History on(String day, SubscriptionEventType type, int quantityAfter) {
      return on(day, type, quantityAfter, PRICE, null);
    }

    History on(
        String day, SubscriptionEventType type, int quantityAfter, BigDecimal price, UUID related) {
      events.add(
          new SubscriptionEvent(
              id,
              events.size() + 1,
              type,
              LocalDate.parse(day),
              quantityAfter,
              price,
              related,
              Instant.EPOCH));
      return this;
    }

    BillableSubscription subscription() {
      return new BillableSubscription(
          id,
          UUID.randomUUID(),
          UUID.randomUUID(),
          "566890604832738111",
          "OFFER",
          "DURABLE",
          "Office 365 Enterprise E3",
          null,
          BillingType.LICENSE,
          null,
          List.copyOf(events));
    }
  }

  private List<LicenseCharge> rate(History history, String invoiceDate) {
    return rating.rate(
        history.subscription(), BillingPeriod.of(LocalDate.parse(invoiceDate), BILLING_DAY));
  }

  @Test
  void aNewSubscriptionIsFreeUntilItsFirstBillingDateAndThenBilledInAdvance() {
    History history = new History().on("2026-06-03", SubscriptionEventType.PURCHASE, 10);

    assertThat(rate(history, "2026-06-15"))
        .extracting(
            LicenseCharge::chargeType,
            LicenseCharge::chargeStart,
            LicenseCharge::chargeEnd,
            LicenseCharge::quantity,
            LicenseCharge::amount)
        .containsExactly(
            tuple(
                ChargeType.PURCHASE_FEE,
                LocalDate.parse("2026-06-15"),
                LocalDate.parse("2026-07-14"),
                10,
                new BigDecimal("110.00")));
    assertThat(rate(history, "2026-07-15"))
        .extracting(
            LicenseCharge::chargeType,
            LicenseCharge::amount,
            LicenseCharge::tax,
            LicenseCharge::totalForCustomer)
        .containsExactly(
            tuple(
                ChargeType.CYCLE_FEE,
                new BigDecimal("110.00"),
                new BigDecimal("6.60"),
                new BigDecimal("116.60")));
  }

  @Test
  void quantityChangesInTheFreePeriodAreZeroPriceLines() {
    // spec 2.14: June 3-7 10 seats, June 8-11 20, June 12-14 15, then the advance at 15 seats
    History history =
        new History()
            .on("2026-06-03", SubscriptionEventType.PURCHASE, 10)
            .on("2026-06-08", SubscriptionEventType.QUANTITY_CHANGE, 20)
            .on("2026-06-12", SubscriptionEventType.QUANTITY_CHANGE, 15);

    assertThat(rate(history, "2026-06-15"))
        .extracting(
            LicenseCharge::chargeType,
            LicenseCharge::chargeStart,
            LicenseCharge::quantity,
            LicenseCharge::unitPrice,
            LicenseCharge::amount)
        .containsExactly(
            tuple(
                ChargeType.CYCLE_INSTANCE_PRORATE,
                LocalDate.parse("2026-06-03"),
                10,
                BigDecimal.ZERO,
                new BigDecimal("0.00")),
            tuple(
                ChargeType.CYCLE_INSTANCE_PRORATE,
                LocalDate.parse("2026-06-08"),
                20,
                BigDecimal.ZERO,
                new BigDecimal("0.00")),
            tuple(
                ChargeType.CYCLE_INSTANCE_PRORATE,
                LocalDate.parse("2026-06-12"),
                15,
                BigDecimal.ZERO,
                new BigDecimal("0.00")),
            tuple(
                ChargeType.PURCHASE_FEE,
                LocalDate.parse("2026-06-15"),
                15,
                PRICE,
                new BigDecimal("165.00")));
  }

  @Test
  void aSubscriptionCancelledBeforeItsFirstBillingDateIsAbsent() {
    History history =
        new History()
            .on("2026-06-03", SubscriptionEventType.PURCHASE, 10)
            .on("2026-06-10", SubscriptionEventType.CANCEL, 0);
    assertThat(rate(history, "2026-06-15")).isEmpty();
  }

  @Test
  void quantityChangesReverseTheAdvanceAndChargeEachQuantityForItsDays() {
    // spec 2.14, Jul 15 - Aug 14 (31 days), 15 seats billed in advance
    History history =
        new History()
            .on("2026-06-03", SubscriptionEventType.PURCHASE, 15)
            .on("2026-07-20", SubscriptionEventType.QUANTITY_CHANGE, 12)
            .on("2026-07-31", SubscriptionEventType.QUANTITY_CHANGE, 18)
            .on("2026-08-10", SubscriptionEventType.QUANTITY_CHANGE, 10);

    assertThat(rate(history, "2026-08-15"))
        .extracting(LicenseCharge::chargeType, LicenseCharge::quantity, LicenseCharge::amount)
        .containsExactly(
            tuple(ChargeType.CANCEL_INSTANCE_PRORATE, 15, new BigDecimal("-165.00")),
            tuple(ChargeType.CYCLE_INSTANCE_PRORATE, 15, new BigDecimal("26.61")),
            tuple(ChargeType.CYCLE_INSTANCE_PRORATE, 12, new BigDecimal("46.84")),
            tuple(ChargeType.CYCLE_INSTANCE_PRORATE, 18, new BigDecimal("63.87")),
            tuple(ChargeType.CYCLE_INSTANCE_PRORATE, 10, new BigDecimal("17.74")),
            tuple(ChargeType.CYCLE_FEE, 10, new BigDecimal("110.00")));
  }

  @Test
  void aCancellationCreditsTheUnusedDaysAndEndsTheAdvances() {
    // spec 2.14: billed Aug 15 - Sep 14 for 10 seats, used Aug 15-24
    History history =
        new History()
            .on("2026-07-02", SubscriptionEventType.PURCHASE, 10)
            .on("2026-08-25", SubscriptionEventType.CANCEL, 0);

    assertThat(rate(history, "2026-09-15"))
        .extracting(
            LicenseCharge::chargeType,
            LicenseCharge::chargeStart,
            LicenseCharge::chargeEnd,
            LicenseCharge::amount)
        .containsExactly(
            tuple(
                ChargeType.PRORATE_FEES_WHEN_CANCEL,
                LocalDate.parse("2026-08-25"),
                LocalDate.parse("2026-09-14"),
                new BigDecimal("-74.52")));
  }

  @Test
  void suspensionCreditsTheRestAndReactivationChargesTheRest() {
    History history =
        new History()
            .on("2026-05-02", SubscriptionEventType.PURCHASE, 10)
            .on("2026-07-25", SubscriptionEventType.SUSPEND, 10)
            .on("2026-08-20", SubscriptionEventType.REACTIVATE, 10);

    // suspended on Jul 25: the unused days of Jul 15 - Aug 14 are credited, no advance
    assertThat(rate(history, "2026-08-15"))
        .extracting(LicenseCharge::chargeType, LicenseCharge::chargeStart, LicenseCharge::amount)
        .containsExactly(
            tuple(
                ChargeType.PRORATE_FEES_WHEN_CANCEL,
                LocalDate.parse("2026-07-25"),
                new BigDecimal("-74.52")));
    // reactivated on Aug 20: Aug 20 - Sep 14 is charged, then advances resume
    assertThat(rate(history, "2026-09-15"))
        .extracting(LicenseCharge::chargeType, LicenseCharge::chargeStart, LicenseCharge::amount)
        .containsExactly(
            tuple(
                ChargeType.PRORATE_FEES_WHEN_PURCHASE,
                LocalDate.parse("2026-08-20"),
                new BigDecimal("92.26")),
            tuple(ChargeType.CYCLE_FEE, LocalDate.parse("2026-09-15"), new BigDecimal("110.00")));
  }

  @Test
  void aRenewalStartsTheNextTermAtTheNewPrice() {
    History history =
        new History()
            .on("2026-06-03", SubscriptionEventType.PURCHASE, 10)
            .on("2027-06-15", SubscriptionEventType.RENEW, 10, new BigDecimal("12.00"), null);

    assertThat(rate(history, "2027-06-15"))
        .extracting(
            LicenseCharge::chargeType,
            LicenseCharge::unitPrice,
            LicenseCharge::amount,
            LicenseCharge::subscriptionEndDate)
        .containsExactly(
            tuple(
                ChargeType.RENEW_FEE,
                new BigDecimal("12.00"),
                new BigDecimal("120.00"),
                LocalDate.parse("2028-06-14")));
  }
}
