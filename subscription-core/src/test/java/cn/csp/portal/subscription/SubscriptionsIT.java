package cn.csp.portal.subscription;

import static cn.csp.portal.subscription.SubscriptionTestData.addOnOrder;
import static cn.csp.portal.subscription.SubscriptionTestData.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.subscription.SubscriptionTestData.TestPartner;
import cn.csp.portal.testsupport.IntegrationTest;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Orders and the subscription state machine, with every refusal (spec 2.21-2.23). */
@IntegrationTest
@Import(SubscriptionTestData.class)
class SubscriptionsIT {

  @Autowired Subscriptions subscriptions;
  @Autowired SubscriptionTestData data;
  @Autowired PartnerStanding standing;
  @Autowired PartnerAccounts partners;

  private TestPartner partner;
  private UUID customerId;
  private Offer e3;
  private LocalDate today;

  @BeforeEach
  void aPartnerWithACustomer() {
    today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    data.pricesAround(today);
    partner = data.aPartnerWithUsers(today.getDayOfMonth());
    customerId = data.aCustomerOf(partner.id()).customerId();
    e3 = data.offerNamed("Office 365 Enterprise E3");
  }

  private Subscription buy(Offer offer, int quantity) {
    PlacedOrder placed =
        subscriptions.placeOrder(
            partner.id(), customerId, order(offer.offerId(), quantity), partner.sales());
    return subscriptions.find(
        partner.id(), customerId, placed.lines().get(0).subscriptionId(), partner.sales());
  }

  @Test
  void anOrderStartsTheNextDayAtTheLockedPriceForATermEndingBeforeABillingDate() {
    Subscription subscription = buy(e3, 5);

    assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(subscription.quantity()).isEqualTo(5);
    assertThat(subscription.effectiveStartDate()).isEqualTo(today.plusDays(1));
    // billing day = today's day of month: 12 months from tomorrow, up to the day before a billing
    // date
    LocalDate expectedEnd =
        today
            .plusMonths(13)
            .withDayOfMonth(Math.min(today.getDayOfMonth(), today.plusMonths(13).lengthOfMonth()))
            .minusDays(1);
    assertThat(subscription.commitmentEndDate()).isEqualTo(expectedEnd);
    assertThat(subscription.autoRenewEnabled()).isTrue();
    assertThat(subscription.friendlyName()).isEqualTo(e3.name());
    assertThat(subscription.services()).isEqualTo(e3.services());
    assertThat(
            subscriptions.unitPriceOf(partner.id(), customerId, subscription.id(), partner.admin()))
        .isEqualByComparingTo(
            data.unitPriceOn(e3.durableOfferId(), subscription.effectiveStartDate()));
    assertThat(
            subscriptions.historyOf(partner.id(), customerId, subscription.id(), partner.sales()))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo(SubscriptionEventType.PURCHASE);
              assertThat(event.effectiveDate()).isEqualTo(today.plusDays(1));
              assertThat(event.quantityAfter()).isEqualTo(5);
            });
  }

  @Test
  void theSameRequestIdCreatesOneOrderEvenWhenSubmittedConcurrently() throws Exception {
    NewOrder order = order(e3.offerId(), 3);
    PlacedOrder first = subscriptions.placeOrder(partner.id(), customerId, order, partner.sales());
    PlacedOrder retry = subscriptions.placeOrder(partner.id(), customerId, order, partner.sales());
    assertThat(retry.orderId()).isEqualTo(first.orderId());

    NewOrder doubleClick = order(data.offerNamed("Power BI Pro").offerId(), 2);
    CountDownLatch start = new CountDownLatch(1);
    Callable<PlacedOrder> submit =
        () -> {
          start.await();
          return subscriptions.placeOrder(partner.id(), customerId, doubleClick, partner.sales());
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<PlacedOrder> a = pool.submit(submit);
      Future<PlacedOrder> b = pool.submit(submit);
      start.countDown();
      assertThat(a.get().orderId()).isEqualTo(b.get().orderId());
    } finally {
      pool.shutdown();
    }
    assertThat(subscriptions.ordersOf(partner.id(), customerId, partner.sales())).hasSize(2);
    assertThat(subscriptions.subscriptionsOf(partner.id(), customerId, partner.sales())).hasSize(2);
  }

  @Test
  void badOrdersAreRefusedAndNothingIsSaved() {
    assertThatThrownBy(
            () ->
                subscriptions.placeOrder(
                    partner.id(), customerId, order(e3.offerId(), 0), partner.sales()))
        .isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(
            () ->
                subscriptions.placeOrder(
                    partner.id(), customerId, order(e3.offerId(), -3), partner.sales()))
        .isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(
            () ->
                subscriptions.placeOrder(
                    partner.id(),
                    customerId,
                    order(e3.offerId(), e3.maxQuantity() + 1),
                    partner.sales()))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("subscription.quantity.outOfRange");
              assertThat(e.field()).isEqualTo("quantity");
            });
    assertThatThrownBy(
            () ->
                subscriptions.placeOrder(
                    partner.id(),
                    customerId,
                    order(UUID.randomUUID().toString(), 1),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.order.unknownOffer");
    Offer archiving = data.offerNamed("Exchange Online Archiving");
    assertThatThrownBy(
            () ->
                subscriptions.placeOrder(
                    partner.id(), customerId, order(archiving.offerId(), 1), partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.order.addOnNeedsParent");
    // a two-line order whose second line is bad saves neither line
    NewOrder halfBad =
        new NewOrder(
            UUID.randomUUID().toString(),
            List.of(
                new OrderLine(e3.offerId(), 1, null, null),
                new OrderLine(archiving.offerId(), 1, null, null)));
    assertThatThrownBy(
            () -> subscriptions.placeOrder(partner.id(), customerId, halfBad, partner.sales()))
        .isInstanceOf(BusinessRuleViolation.class);

    assertThat(subscriptions.subscriptionsOf(partner.id(), customerId, partner.sales())).isEmpty();
    assertThat(subscriptions.ordersOf(partner.id(), customerId, partner.sales())).isEmpty();
  }

  @Test
  void addOnsNeedAParentTheyBelongTo() {
    Subscription e3Subscription = buy(e3, 10);
    Offer archiving = data.offerNamed("Exchange Online Archiving");
    PlacedOrder addOn =
        subscriptions.placeOrder(
            partner.id(),
            customerId,
            addOnOrder(archiving.offerId(), 10, e3Subscription.id()),
            partner.sales());
    Subscription archive =
        subscriptions.find(
            partner.id(), customerId, addOn.lines().get(0).subscriptionId(), partner.sales());
    assertThat(archive.parentSubscriptionId()).isEqualTo(e3Subscription.id());
    assertThat(subscriptions.subscriptionsOf(partner.id(), customerId, partner.sales()))
        .extracting(Subscription::id)
        .containsExactly(e3Subscription.id(), archive.id());

    Subscription powerBi = buy(data.offerNamed("Power BI Pro"), 1);
    assertThatThrownBy(
            () ->
                subscriptions.placeOrder(
                    partner.id(),
                    customerId,
                    addOnOrder(archiving.offerId(), 1, powerBi.id()),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.order.notAnAddOnOf");
    assertThatThrownBy(
            () ->
                subscriptions.placeOrder(
                    partner.id(),
                    customerId,
                    addOnOrder(e3.offerId(), 1, e3Subscription.id()),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.order.notAnAddOn");
  }

  @Test
  void everyChangeIsAnEventAndStaleVersionsAreRefused() {
    Subscription subscription = buy(e3, 5);
    Subscription raised =
        subscriptions.changeQuantity(
            partner.id(),
            customerId,
            subscription.id(),
            8,
            subscription.version(),
            partner.sales());
    assertThat(raised.quantity()).isEqualTo(8);

    // a second user still looking at the old version loses, with a clear message, and nothing
    // changes
    assertThatThrownBy(
            () ->
                subscriptions.changeQuantity(
                    partner.id(),
                    customerId,
                    subscription.id(),
                    20,
                    subscription.version(),
                    partner.admin()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.changedBySomeoneElse");

    Subscription renamed =
        subscriptions.rename(
            partner.id(),
            customerId,
            subscription.id(),
            " 销售部 E3 ",
            raised.version(),
            partner.sales());
    assertThat(renamed.friendlyName()).isEqualTo("销售部 E3");
    Subscription suspended =
        subscriptions.suspend(
            partner.id(),
            customerId,
            subscription.id(),
            SubscriptionSuspensionReason.NON_PAYMENT,
            renamed.version(),
            partner.sales());
    assertThat(suspended.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(suspended.suspensionReason()).isEqualTo(SubscriptionSuspensionReason.NON_PAYMENT);
    assertThat(suspended.suspendedOn()).isEqualTo(today);
    assertThatThrownBy(
            () ->
                subscriptions.changeQuantity(
                    partner.id(),
                    customerId,
                    subscription.id(),
                    9,
                    suspended.version(),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.notActive");
    assertThatThrownBy(
            () ->
                subscriptions.suspend(
                    partner.id(),
                    customerId,
                    subscription.id(),
                    SubscriptionSuspensionReason.OTHER,
                    suspended.version(),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.suspend.notActive");
    Subscription reactivated =
        subscriptions.reactivate(
            partner.id(), customerId, subscription.id(), suspended.version(), partner.sales());
    assertThat(reactivated.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(reactivated.suspendedOn()).isNull();
    assertThatThrownBy(
            () ->
                subscriptions.reactivate(
                    partner.id(),
                    customerId,
                    subscription.id(),
                    reactivated.version(),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.reactivate.notSuspended");
    Subscription cancelled =
        subscriptions.cancel(
            partner.id(), customerId, subscription.id(), reactivated.version(), partner.sales());
    assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThatThrownBy(
            () ->
                subscriptions.rename(
                    partner.id(),
                    customerId,
                    subscription.id(),
                    "x",
                    cancelled.version(),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.ended");

    assertThat(
            subscriptions.historyOf(partner.id(), customerId, subscription.id(), partner.sales()))
        .extracting(
            SubscriptionEvent::type, SubscriptionEvent::quantityAfter, SubscriptionEvent::sequence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SubscriptionEventType.PURCHASE, 5, 1),
            org.assertj.core.groups.Tuple.tuple(SubscriptionEventType.QUANTITY_CHANGE, 8, 2),
            org.assertj.core.groups.Tuple.tuple(SubscriptionEventType.SUSPEND, 8, 3),
            org.assertj.core.groups.Tuple.tuple(SubscriptionEventType.REACTIVATE, 8, 4),
            org.assertj.core.groups.Tuple.tuple(SubscriptionEventType.CANCEL, 0, 5));
  }

  @Test
  void concurrentChangesOfOneSubscriptionNeverLoseAnUpdate() throws Exception {
    Subscription subscription = buy(e3, 5);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> attempts =
          List.of(12, 14).stream()
              .map(
                  quantity ->
                      pool.submit(
                          (Callable<Object>)
                              () -> {
                                start.await();
                                try {
                                  return subscriptions.changeQuantity(
                                      partner.id(),
                                      customerId,
                                      subscription.id(),
                                      quantity,
                                      subscription.version(),
                                      partner.sales());
                                } catch (BusinessRuleViolation refused) {
                                  return refused;
                                }
                              }))
              .toList();
      start.countDown();
      List<Object> outcomes = List.of(attempts.get(0).get(), attempts.get(1).get());
      assertThat(outcomes).filteredOn(Subscription.class::isInstance).hasSize(1);
      assertThat(outcomes)
          .filteredOn(BusinessRuleViolation.class::isInstance)
          .singleElement()
          .hasFieldOrPropertyWithValue("messageKey", "subscription.changedBySomeoneElse");
      Subscription winner =
          (Subscription)
              outcomes.stream().filter(Subscription.class::isInstance).findFirst().orElseThrow();
      assertThat(
              subscriptions
                  .find(partner.id(), customerId, subscription.id(), partner.sales())
                  .quantity())
          .isEqualTo(winner.quantity());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void onlyThePartnerOfRecordWithTheRightRoleChangesAndOthersSeeNothing() {
    Subscription subscription = buy(e3, 5);
    TestPartner other = data.aPartnerWithUsers(1);

    assertThatThrownBy(
            () -> subscriptions.find(other.id(), customerId, subscription.id(), other.admin()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> subscriptions.subscriptionsOf(other.id(), customerId, other.admin()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                subscriptions.changeQuantity(
                    other.id(),
                    customerId,
                    subscription.id(),
                    6,
                    subscription.version(),
                    other.admin()))
        .isInstanceOf(NotFound.class);
    // a customer of the other partner does not make this partner's subscription its own
    CreatedCustomer othersCustomer = data.aCustomerOf(other.id());
    assertThatThrownBy(
            () ->
                subscriptions.find(
                    other.id(), othersCustomer.customerId(), subscription.id(), other.admin()))
        .isInstanceOf(NotFound.class);

    // help desk agents see subscriptions but do not manage them, and nobody but admins sees prices
    assertThat(subscriptions.subscriptionsOf(partner.id(), customerId, partner.helpdesk()))
        .hasSize(1);
    assertThatThrownBy(
            () ->
                subscriptions.changeQuantity(
                    partner.id(),
                    customerId,
                    subscription.id(),
                    6,
                    subscription.version(),
                    partner.helpdesk()))
        .isInstanceOf(PermissionDenied.class);
    assertThatThrownBy(
            () ->
                subscriptions.unitPriceOf(
                    partner.id(), customerId, subscription.id(), partner.sales()))
        .isInstanceOf(PermissionDenied.class);
    assertThatThrownBy(
            () ->
                subscriptions.unitPriceOf(
                    partner.id(), customerId, subscription.id(), partner.helpdesk()))
        .isInstanceOf(PermissionDenied.class);
  }

  @Test
  void aSuspendedPartnerMayStillViewAndSuspendButNotBuyOrGrow() {
    Subscription subscription = buy(e3, 5);
    standing.suspend(partner.id(), SuspensionReason.DELINQUENCY, "unpaid invoice", operator());

    assertThatThrownBy(() -> buy(data.offerNamed("Power BI Pro"), 1))
        .hasFieldOrPropertyWithValue("messageKey", "partner.suspended.DELINQUENCY");
    assertThatThrownBy(
            () ->
                subscriptions.changeQuantity(
                    partner.id(),
                    customerId,
                    subscription.id(),
                    6,
                    subscription.version(),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "partner.suspended.DELINQUENCY");
    assertThatThrownBy(
            () ->
                subscriptions.placeOrder(
                    partner.id(),
                    customerId,
                    addOnOrder(
                        data.offerNamed("Exchange Online Archiving").offerId(),
                        1,
                        subscription.id()),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "partner.suspended.DELINQUENCY");
    Subscription suspended =
        subscriptions.suspend(
            partner.id(),
            customerId,
            subscription.id(),
            SubscriptionSuspensionReason.NON_PAYMENT,
            subscription.version(),
            partner.sales());
    assertThat(suspended.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThatThrownBy(
            () ->
                subscriptions.reactivate(
                    partner.id(),
                    customerId,
                    subscription.id(),
                    suspended.version(),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "partner.suspended.DELINQUENCY");
    assertThat(subscriptions.subscriptionsOf(partner.id(), customerId, partner.sales())).hasSize(1);
  }

  private cn.csp.portal.kernel.Actor operator() {
    return cn.csp.portal.kernel.Actor.operator(UUID.randomUUID(), "operator@21vianet.example");
  }
}
