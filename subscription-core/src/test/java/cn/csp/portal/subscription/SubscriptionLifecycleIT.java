package cn.csp.portal.subscription;

import static cn.csp.portal.subscription.SubscriptionTestData.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.subscription.SubscriptionTestData.TestPartner;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** What time does to subscriptions: the 60-day deletion and the renewal at term end. */
@IntegrationTest
@Import({TestClock.Configuration.class, SubscriptionTestData.class})
class SubscriptionLifecycleIT {

  // far from the real date, so no other test's price lists are in the way
  private static final LocalDate ORDER_DAY = LocalDate.of(2031, 3, 10);

  @Autowired Subscriptions subscriptions;
  @Autowired SubscriptionTestData data;
  @Autowired TestClock clock;

  private TestPartner partner;
  private UUID customerId;

  @BeforeEach
  void aCustomerInMarch2031() {
    clock.setToNoonOn(ORDER_DAY);
    data.pricesFrom(YearMonth.of(2031, 3), YearMonth.of(2032, 3), new BigDecimal("150.00"));
    data.pricesFrom(YearMonth.of(2032, 4), YearMonth.of(2033, 6), new BigDecimal("165.00"));
    partner = data.aPartnerWithUsers(ORDER_DAY.getDayOfMonth());
    customerId = data.aCustomerOf(partner.id()).customerId();
  }

  private Subscription buy(String offerName, int quantity) {
    PlacedOrder placed =
        subscriptions.placeOrder(
            partner.id(),
            customerId,
            order(data.offerNamed(offerName).offerId(), quantity),
            partner.sales());
    return subscriptions.find(
        partner.id(), customerId, placed.lines().get(0).subscriptionId(), partner.sales());
  }

  @Test
  void aSubscriptionSuspendedFor60DaysIsDeletedAndItsHistoryStays() {
    Subscription kept = buy("Office 365 Enterprise E3", 5);
    Subscription dropped = buy("Office 365 Enterprise E1", 5);
    kept =
        subscriptions.suspend(
            partner.id(),
            customerId,
            kept.id(),
            SubscriptionSuspensionReason.FRAUD,
            kept.version(),
            partner.sales());
    dropped =
        subscriptions.suspend(
            partner.id(),
            customerId,
            dropped.id(),
            SubscriptionSuspensionReason.NON_PAYMENT,
            dropped.version(),
            partner.sales());

    clock.advance(Duration.ofDays(59));
    assertThat(subscriptions.deleteExpiredSuspensions(clock.today())).isZero();
    Subscription reactivated =
        subscriptions.reactivate(
            partner.id(), customerId, kept.id(), kept.version(), partner.sales());
    assertThat(reactivated.status()).isEqualTo(SubscriptionStatus.ACTIVE);

    clock.advance(Duration.ofDays(1));
    Subscription late = dropped;
    assertThatThrownBy(
            () ->
                subscriptions.reactivate(
                    partner.id(), customerId, late.id(), late.version(), partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.reactivate.tooLate");
    assertThat(subscriptions.deleteExpiredSuspensions(clock.today())).isEqualTo(1);
    assertThat(subscriptions.deleteExpiredSuspensions(clock.today())).isZero();

    Subscription deleted =
        subscriptions.find(partner.id(), customerId, dropped.id(), partner.sales());
    assertThat(deleted.status()).isEqualTo(SubscriptionStatus.DELETED);
    assertThat(deleted.friendlyName()).isNull();
    assertThat(subscriptions.historyOf(partner.id(), customerId, dropped.id(), partner.sales()))
        .extracting(SubscriptionEvent::type)
        .containsExactly(
            SubscriptionEventType.PURCHASE,
            SubscriptionEventType.SUSPEND,
            SubscriptionEventType.DELETE);
    assertThat(
            subscriptions
                .historyOf(partner.id(), customerId, dropped.id(), partner.sales())
                .get(2)
                .effectiveDate())
        .isEqualTo(ORDER_DAY.plusDays(60));
  }

  @Test
  void aTermThatEndsRenewsAtTheThenCurrentPrice() {
    Subscription e3 = buy("Office 365 Enterprise E3", 5);
    // ordered 10 March, billing day 10: the term runs 11 March 2031 to 9 April 2032
    assertThat(e3.effectiveStartDate()).isEqualTo(LocalDate.of(2031, 3, 11));
    assertThat(e3.commitmentEndDate()).isEqualTo(LocalDate.of(2032, 4, 9));
    assertThat(subscriptions.unitPriceOf(partner.id(), customerId, e3.id(), partner.admin()))
        .isEqualByComparingTo("150.00");

    assertThat(subscriptions.renewEndedTerms(LocalDate.of(2032, 4, 9))).isZero();
    assertThat(subscriptions.renewEndedTerms(LocalDate.of(2032, 4, 10))).isEqualTo(1);
    assertThat(subscriptions.renewEndedTerms(LocalDate.of(2032, 4, 10))).isZero();

    Subscription renewed = subscriptions.find(partner.id(), customerId, e3.id(), partner.sales());
    assertThat(renewed.effectiveStartDate()).isEqualTo(LocalDate.of(2032, 4, 10));
    assertThat(renewed.commitmentEndDate()).isEqualTo(LocalDate.of(2033, 4, 9));
    assertThat(subscriptions.unitPriceOf(partner.id(), customerId, e3.id(), partner.admin()))
        .isEqualByComparingTo("165.00");
    assertThat(subscriptions.historyOf(partner.id(), customerId, e3.id(), partner.sales()))
        .last()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo(SubscriptionEventType.RENEW);
              assertThat(event.effectiveDate()).isEqualTo(LocalDate.of(2032, 4, 10));
              assertThat(event.unitPrice()).isEqualByComparingTo("165.00");
            });
  }

  @Test
  void withoutAPublishedPriceListNothingCanBeOrdered() {
    // no list was ever published for 2045
    clock.setToNoonOn(LocalDate.of(2045, 6, 1));
    assertThatThrownBy(() -> buy("Office 365 Enterprise E3", 5))
        .hasFieldOrPropertyWithValue("messageKey", "priceList.noPrice");
    assertThat(subscriptions.subscriptionsOf(partner.id(), customerId, partner.sales())).isEmpty();
    assertThat(subscriptions.ordersOf(partner.id(), customerId, partner.sales())).isEmpty();
  }

  @Test
  void aTermStartingOnTheThirtyFirstEndsBeforeTheLastDayOfAShortMonth() {
    clock.setToNoonOn(LocalDate.of(2031, 3, 30));
    TestPartner endOfMonth = data.aPartnerWithUsers(31);
    UUID customer = data.aCustomerOf(endOfMonth.id()).customerId();
    PlacedOrder placed =
        subscriptions.placeOrder(
            endOfMonth.id(),
            customer,
            order(data.offerNamed("Office 365 Enterprise E1").offerId(), 1),
            endOfMonth.sales());
    Subscription e1 =
        subscriptions.find(
            endOfMonth.id(), customer, placed.lines().get(0).subscriptionId(), endOfMonth.sales());
    // starts 31 March 2031; twelve months on is 31 March 2032, a billing date (day 31), so the term
    // ends the 30th
    assertThat(e1.effectiveStartDate()).isEqualTo(LocalDate.of(2031, 3, 31));
    assertThat(e1.commitmentEndDate()).isEqualTo(LocalDate.of(2032, 3, 30));
  }
}
