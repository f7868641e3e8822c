package cn.csp.portal.subscription;

import static cn.csp.portal.subscription.SubscriptionTestData.SYSTEM;
import static cn.csp.portal.subscription.SubscriptionTestData.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerAdminSignIn;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.customer.NewCustomerUser;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.subscription.SubscriptionTestData.TestPartner;
import cn.csp.portal.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * License assignment (spec 2.22, 2.23): never more than the purchased quantity, not while the
 * subscription is suspended, only by the customer's own admin or a partner with delegated admin
 * privileges, and gone with the subscription or the user.
 */
@IntegrationTest
@Import(SubscriptionTestData.class)
class LicensesIT {

  @Autowired Licenses licenses;
  @Autowired Subscriptions subscriptions;
  @Autowired CustomerUsers customerUsers;
  @Autowired CustomerAdminAccounts admins;
  @Autowired CustomerRelationships relationships;
  @Autowired SubscriptionTestData data;

  private TestPartner partner;
  private CreatedCustomer customer;
  private Actor customerAdmin;

  @BeforeEach
  void aCustomerWithItsAdmin() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    data.pricesAround(today);
    partner = data.aPartnerWithUsers(today.getDayOfMonth());
    customer = data.aCustomerOf(partner.id());
    customerAdmin = adminOf(customer);
  }

  private Actor adminOf(CreatedCustomer created) {
    CustomerAdminSignIn signIn = admins.findSignIn(created.adminSignInName()).orElseThrow();
    return Actor.customerAdmin(signIn.adminId(), signIn.email());
  }

  private UUID customerId() {
    return customer.customerId();
  }

  private Subscription buy(String offerName, int quantity) {
    PlacedOrder placed =
        subscriptions.placeOrder(
            partner.id(),
            customerId(),
            order(data.offerNamed(offerName).offerId(), quantity),
            partner.sales());
    return current(placed.lines().get(0).subscriptionId());
  }

  private Subscription current(UUID subscriptionId) {
    return subscriptions.find(partner.id(), customerId(), subscriptionId, partner.sales());
  }

  private UUID aUser(String name) {
    return customerUsers
        .create(
            customerId(),
            new NewCustomerUser(
                name, "Test", name + " Test", name + "@" + customer.domain(), "CN", null),
            SYSTEM)
        .user()
        .id();
  }

  private LicensePool poolOf(UUID subscriptionId) {
    return licenses.poolsOf(customerId(), customerAdmin).stream()
        .filter(pool -> pool.subscriptionId().equals(subscriptionId))
        .findFirst()
        .orElseThrow();
  }

  private List<UUID> holdersOf(UUID subscriptionId) {
    return licenses.assignmentsOf(customerId(), customerAdmin).stream()
        .filter(a -> a.subscriptionId().equals(subscriptionId))
        .map(LicenseAssignment::customerUserId)
        .toList();
  }

  private static void assertRefused(ThrowingCallable call, String messageKey) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
  }

  @Test
  void licensesAreAssignedUpToTheQuantityAndNoFurther() {
    Subscription e3 = buy("Office 365 Enterprise E3", 2);
    UUID li = aUser("li");
    UUID wang = aUser("wang");
    UUID zhao = aUser("zhao");

    licenses.assign(customerId(), e3.id(), li, customerAdmin);
    licenses.assign(customerId(), e3.id(), wang, customerAdmin);

    assertRefused(
        () -> licenses.assign(customerId(), e3.id(), zhao, customerAdmin), "license.noneAvailable");
    LicensePool pool = poolOf(e3.id());
    assertThat(pool.purchased()).isEqualTo(2);
    assertThat(pool.assigned()).isEqualTo(2);
    assertThat(pool.available()).isZero();
    assertThat(pool.usable()).isTrue();
    assertThat(holdersOf(e3.id())).containsExactlyInAnyOrder(li, wang);
  }

  @Test
  void theSameUserCannotHoldTwoLicensesOfOneSubscription() {
    Subscription e3 = buy("Office 365 Enterprise E3", 5);
    UUID li = aUser("li");
    licenses.assign(customerId(), e3.id(), li, customerAdmin);

    assertRefused(
        () -> licenses.assign(customerId(), e3.id(), li, customerAdmin), "license.alreadyAssigned");
    assertThat(poolOf(e3.id()).assigned()).isEqualTo(1);
  }

  @Test
  void aSuspendedSubscriptionKeepsItsAssignmentsButTakesNoNewOnes() {
    Subscription e3 = buy("Office 365 Enterprise E3", 5);
    UUID li = aUser("li");
    UUID wang = aUser("wang");
    licenses.assign(customerId(), e3.id(), li, customerAdmin);
    subscriptions.suspend(
        partner.id(),
        customerId(),
        e3.id(),
        SubscriptionSuspensionReason.CUSTOMER_REQUEST,
        current(e3.id()).version(),
        partner.sales());

    assertRefused(
        () -> licenses.assign(customerId(), e3.id(), wang, customerAdmin),
        "license.subscriptionNotActive");
    LicensePool pool = poolOf(e3.id());
    assertThat(pool.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(pool.usable()).isFalse();
    assertThat(pool.assigned()).isEqualTo(1);
    assertThat(holdersOf(e3.id())).containsExactly(li);

    // and it can be taken back while suspended
    licenses.unassign(customerId(), e3.id(), li, customerAdmin);
    assertThat(holdersOf(e3.id())).isEmpty();
  }

  @Test
  void unassigningFreesTheLicenseAndAnUnknownAssignmentIsNotFound() {
    Subscription e3 = buy("Office 365 Enterprise E3", 1);
    UUID li = aUser("li");
    UUID wang = aUser("wang");
    licenses.assign(customerId(), e3.id(), li, customerAdmin);

    licenses.unassign(customerId(), e3.id(), li, customerAdmin);
    licenses.assign(customerId(), e3.id(), wang, customerAdmin);

    assertThat(holdersOf(e3.id())).containsExactly(wang);
    assertThatThrownBy(() -> licenses.unassign(customerId(), e3.id(), li, customerAdmin))
        .isInstanceOfSatisfying(
            NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("license.notAssigned"));
  }

  @Test
  void theQuantityCannotDropBelowTheAssignedLicensesUntilTheyAreUnassigned() {
    Subscription e3 = buy("Office 365 Enterprise E3", 3);
    UUID li = aUser("li");
    UUID wang = aUser("wang");
    licenses.assign(customerId(), e3.id(), li, customerAdmin);
    licenses.assign(customerId(), e3.id(), wang, customerAdmin);

    assertThatThrownBy(
            () ->
                subscriptions.changeQuantity(
                    partner.id(),
                    customerId(),
                    e3.id(),
                    1,
                    current(e3.id()).version(),
                    partner.sales()))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("subscription.quantity.belowAssigned");
              assertThat(e.field()).isEqualTo("quantity");
            });
    assertThat(current(e3.id()).quantity()).isEqualTo(3);
    // down to exactly what is assigned is fine
    subscriptions.changeQuantity(
        partner.id(), customerId(), e3.id(), 2, current(e3.id()).version(), partner.sales());

    licenses.unassign(customerId(), e3.id(), wang, customerAdmin);
    Subscription lowered =
        subscriptions.changeQuantity(
            partner.id(), customerId(), e3.id(), 1, current(e3.id()).version(), partner.sales());
    assertThat(lowered.quantity()).isEqualTo(1);
    assertThat(poolOf(e3.id()).available()).isZero();
  }

  @Test
  void twoAdminsTakingTheLastLicenseAtOnceGetOneLicenseBetweenThem() throws Exception {
    Subscription e3 = buy("Office 365 Enterprise E3", 1);
    UUID li = aUser("li");
    UUID wang = aUser("wang");
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<String>> attempts = new ArrayList<>();
    for (UUID user : List.of(li, wang)) {
      attempts.add(
          () -> {
            start.await();
            try {
              licenses.assign(customerId(), e3.id(), user, customerAdmin);
              return "assigned";
            } catch (BusinessRuleViolation refused) {
              return refused.messageKey();
            }
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> outcomes = new ArrayList<>();
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Callable<String> attempt : attempts) {
        futures.add(pool.submit(attempt));
      }
      start.countDown();
      for (Future<String> future : futures) {
        outcomes.add(future.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(outcomes).containsExactlyInAnyOrder("assigned", "license.noneAvailable");
    assertThat(holdersOf(e3.id())).hasSize(1);
    assertThat(poolOf(e3.id()).assigned()).isEqualTo(1);
  }

  @Test
  void anotherCustomersAdminFindsNothingAndAnotherCustomersIdsAreNotFound() {
    Subscription e3 = buy("Office 365 Enterprise E3", 5);
    UUID li = aUser("li");
    CreatedCustomer other = data.aCustomerOf(partner.id());
    Actor otherAdmin = adminOf(other);

    assertThatThrownBy(() -> licenses.poolsOf(customerId(), otherAdmin))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> licenses.assignmentsOf(customerId(), otherAdmin))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> licenses.assign(customerId(), e3.id(), li, otherAdmin))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> licenses.servicesOf(customerId(), otherAdmin))
        .isInstanceOf(NotFound.class);
    // the other admin naming its own customer with this customer's subscription or user
    assertThatThrownBy(() -> licenses.assign(other.customerId(), e3.id(), li, otherAdmin))
        .isInstanceOf(NotFound.class);
    UUID otherUser =
        customerUsers
            .create(
                other.customerId(),
                new NewCustomerUser("Zhou", "Test", "Zhou", "zhou@" + other.domain(), "CN", null),
                SYSTEM)
            .user()
            .id();
    assertThatThrownBy(() -> licenses.assign(other.customerId(), e3.id(), otherUser, otherAdmin))
        .isInstanceOfSatisfying(
            NotFound.class, e -> assertThat(e.messageKey()).isEqualTo("subscription.notFound"));
    assertThat(holdersOf(e3.id())).isEmpty();
  }

  @Test
  void aPartnerAssignsWithDelegatedAdminPrivilegesAndIsRefusedOnceTheyAreRevoked() {
    Subscription e3 = buy("Office 365 Enterprise E3", 5);
    UUID li = aUser("li");
    UUID wang = aUser("wang");

    // the admin agent may administer on behalf; the sales agent may not
    licenses.assign(customerId(), e3.id(), li, partner.admin());
    assertThatThrownBy(() -> licenses.assign(customerId(), e3.id(), wang, partner.sales()))
        .isInstanceOf(PermissionDenied.class);

    relationships.revokeDelegatedAdmin(customerId(), partner.id(), customerAdmin);

    assertRefused(
        () -> licenses.assign(customerId(), e3.id(), wang, partner.admin()),
        "customerUser.delegatedAdminRequired");
    assertRefused(
        () -> licenses.unassign(customerId(), e3.id(), li, partner.admin()),
        "customerUser.delegatedAdminRequired");
    assertRefused(
        () -> licenses.poolsOf(customerId(), partner.admin()),
        "customerUser.delegatedAdminRequired");
    assertThat(holdersOf(e3.id())).containsExactly(li);
  }

  @Test
  void cancellingASubscriptionRemovesItsAssignments() {
    Subscription e3 = buy("Office 365 Enterprise E3", 5);
    UUID li = aUser("li");
    licenses.assign(customerId(), e3.id(), li, customerAdmin);

    subscriptions.cancel(
        partner.id(), customerId(), e3.id(), current(e3.id()).version(), partner.sales());

    assertThat(holdersOf(e3.id())).isEmpty();
    assertThat(licenses.poolsOf(customerId(), customerAdmin))
        .noneMatch(pool -> pool.subscriptionId().equals(e3.id()));
  }

  @Test
  void deletingAUserRemovesItsLicenses() {
    Subscription e3 = buy("Office 365 Enterprise E3", 5);
    Subscription powerBi = buy("Power BI Pro", 5);
    UUID li = aUser("li");
    UUID wang = aUser("wang");
    licenses.assign(customerId(), e3.id(), li, customerAdmin);
    licenses.assign(customerId(), powerBi.id(), li, customerAdmin);
    licenses.assign(customerId(), e3.id(), wang, customerAdmin);

    customerUsers.delete(customerId(), li, customerAdmin);

    assertThat(licenses.assignmentsOf(customerId(), customerAdmin))
        .extracting(LicenseAssignment::customerUserId)
        .containsExactly(wang);
    assertThat(poolOf(e3.id()).assigned()).isEqualTo(1);
    assertThat(poolOf(powerBi.id()).assigned()).isZero();
  }

  @Test
  void theServicesOfTheCustomersActiveSubscriptionsWithEveryPartner() {
    assertThat(licenses.servicesOf(customerId(), customerAdmin)).isEmpty();
    buy("Office 365 Enterprise E3", 5);
    Subscription powerBi = buy("Power BI Pro", 5);
    subscriptions.suspend(
        partner.id(),
        customerId(),
        powerBi.id(),
        SubscriptionSuspensionReason.CUSTOMER_REQUEST,
        current(powerBi.id()).version(),
        partner.sales());

    // a second partner, whose invitation the customer accepted, sells it Azure
    TestPartner second = data.aPartnerWithUsers(1);
    relationships.acceptInvitation(
        relationships.invitationOf(second.id(), SYSTEM).token(), customerId(), customerAdmin);
    subscriptions.placeOrder(
        second.id(),
        customerId(),
        order(data.offerNamed("Microsoft Azure operated by 21Vianet").offerId(), 1),
        second.sales());

    Set<CloudService> expected =
        Set.of(
            CloudService.EXCHANGE_ONLINE,
            CloudService.SHAREPOINT_ONLINE,
            CloudService.TEAMS,
            CloudService.OFFICE_APPS,
            CloudService.AZURE);
    assertThat(licenses.servicesOf(customerId(), customerAdmin)).isEqualTo(expected);
    assertThat(licenses.servicesOf(customerId(), partner.admin())).isEqualTo(expected);
    assertThat(licenses.servicesOf(customerId(), SYSTEM)).isEqualTo(expected);
    // a usage-based subscription has no licenses to assign
    assertThat(licenses.poolsOf(customerId(), customerAdmin))
        .extracting(LicensePool::offerName)
        .containsExactlyInAnyOrder("Office 365 Enterprise E3", "Power BI Pro");
  }
}
