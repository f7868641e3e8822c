package cn.csp.portal.subscription;

import static cn.csp.portal.subscription.SubscriptionTestData.addOnOrder;
import static cn.csp.portal.subscription.SubscriptionTestData.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerAdminSignIn;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.subscription.SubscriptionTestData.TestPartner;
import cn.csp.portal.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Upgrades along the path table with every eligibility reason (spec 2.24), and the rule of one
 * transacting partner with delegated admin privileges per service (spec 2.27, 2.29).
 */
@IntegrationTest
@Import(SubscriptionTestData.class)
class UpgradesIT {

  @Autowired Subscriptions subscriptions;
  @Autowired SubscriptionTestData data;
  @Autowired CustomerRelationships relationships;
  @Autowired CustomerAdminAccounts admins;

  private TestPartner partner;
  private UUID customerId;
  private Actor customerAdmin;
  private LocalDate today;

  @BeforeEach
  void aCustomer() {
    today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    data.pricesAround(today);
    partner = data.aPartnerWithUsers(15);
    CreatedCustomer created = data.aCustomerOf(partner.id());
    customerId = created.customerId();
    CustomerAdminSignIn admin = admins.findSignIn(created.adminSignInName()).orElseThrow();
    customerAdmin = Actor.customerAdmin(admin.adminId(), admin.email());
  }

  private Subscription buy(TestPartner seller, String offerName, int quantity) {
    PlacedOrder placed =
        subscriptions.placeOrder(
            seller.id(),
            customerId,
            order(data.offerNamed(offerName).offerId(), quantity),
            seller.sales());
    return subscriptions.find(
        seller.id(), customerId, placed.lines().get(0).subscriptionId(), seller.sales());
  }

  private UpgradeOption option(Subscription source, String targetName) {
    return subscriptions
        .upgradeOptions(partner.id(), customerId, source.id(), partner.sales())
        .stream()
        .filter(o -> o.target().name().equals(targetName))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theUpgradePathTableDecidesTheTargets() {
    Subscription business = buy(partner, "Office 365 Business", 5);
    assertThat(
            subscriptions.upgradeOptions(partner.id(), customerId, business.id(), partner.sales()))
        .extracting(o -> o.target().name())
        .containsExactlyInAnyOrder(
            "Office 365 Business Premium", "Office 365 ProPlus", "Office 365 Enterprise E3");
  }

  @Test
  void anEligibleUpgradeCancelsTheSourceAndBuysTheTargetTogether() {
    Subscription essentials = buy(partner, "Office 365 Business Essentials", 5);
    Subscription archive =
        subscriptions.find(
            partner.id(),
            customerId,
            subscriptions
                .placeOrder(
                    partner.id(),
                    customerId,
                    addOnOrder(
                        data.offerNamed("Exchange Online Archiving").offerId(), 5, essentials.id()),
                    partner.sales())
                .lines()
                .get(0)
                .subscriptionId(),
            partner.sales());
    assertThat(option(essentials, "Office 365 Enterprise E3").eligible()).isTrue();

    Subscription e3 =
        subscriptions.upgrade(
            partner.id(),
            customerId,
            essentials.id(),
            data.offerNamed("Office 365 Enterprise E3").offerId(),
            7,
            essentials.version(),
            partner.sales());

    assertThat(e3.offerName()).isEqualTo("Office 365 Enterprise E3");
    assertThat(e3.quantity()).isEqualTo(7);
    assertThat(e3.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(e3.effectiveStartDate()).isEqualTo(today);
    Subscription source =
        subscriptions.find(partner.id(), customerId, essentials.id(), partner.sales());
    assertThat(source.status()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(subscriptions.historyOf(partner.id(), customerId, essentials.id(), partner.sales()))
        .last()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo(SubscriptionEventType.UPGRADE);
              assertThat(event.relatedSubscriptionId()).isEqualTo(e3.id());
              assertThat(event.quantityAfter()).isZero();
            });
    assertThat(subscriptions.historyOf(partner.id(), customerId, e3.id(), partner.sales()))
        .singleElement()
        .satisfies(event -> assertThat(event.relatedSubscriptionId()).isEqualTo(essentials.id()));
    // the archiving add-on is an add-on of E3 too, so it moves over
    assertThat(
            subscriptions
                .find(partner.id(), customerId, archive.id(), partner.sales())
                .parentSubscriptionId())
        .isEqualTo(e3.id());
  }

  @Test
  void aSuspendedSubscriptionCannotBeUpgraded() {
    Subscription essentials = buy(partner, "Office 365 Business Essentials", 5);
    Subscription suspended =
        subscriptions.suspend(
            partner.id(),
            customerId,
            essentials.id(),
            SubscriptionSuspensionReason.CUSTOMER_REQUEST,
            essentials.version(),
            partner.sales());
    assertThat(option(suspended, "Office 365 Enterprise E3").refusals())
        .containsExactly("subscription.upgrade.notActive");
    assertThatThrownBy(
            () ->
                subscriptions.upgrade(
                    partner.id(),
                    customerId,
                    essentials.id(),
                    data.offerNamed("Office 365 Enterprise E3").offerId(),
                    5,
                    suspended.version(),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.upgrade.notActive");
  }

  @Test
  void withoutDelegatedAdminPrivilegesThereIsNoUpgrade() {
    Subscription essentials = buy(partner, "Office 365 Business Essentials", 5);
    relationships.revokeDelegatedAdmin(customerId, partner.id(), customerAdmin);
    assertThat(option(essentials, "Office 365 Enterprise E1").refusals())
        .containsExactly("subscription.upgrade.noDelegatedAdmin");
  }

  @Test
  void aCustomerThatAlreadyHasTheTargetMustCancelItFirst() {
    Subscription essentials = buy(partner, "Office 365 Business Essentials", 5);
    buy(partner, "Office 365 Enterprise E3", 2);
    assertThat(option(essentials, "Office 365 Enterprise E3").refusals())
        .containsExactly("subscription.upgrade.alreadyHasTarget");
  }

  @Test
  void aCustomerThatAlreadyHasTheAdditionalServicesCannotUpgrade() {
    Subscription business = buy(partner, "Office 365 Business", 5);
    // E1 brings Exchange, SharePoint and Teams: what Business Premium would add to Business
    buy(partner, "Office 365 Enterprise E1", 5);
    assertThat(option(business, "Office 365 Business Premium").refusals())
        .containsExactly("subscription.upgrade.alreadyHasServices");
    assertThat(option(business, "Office 365 ProPlus").eligible()).isTrue();
    assertThatThrownBy(
            () ->
                subscriptions.upgrade(
                    partner.id(),
                    customerId,
                    business.id(),
                    data.offerNamed("Office 365 Business Premium").offerId(),
                    5,
                    business.version(),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.upgrade.alreadyHasServices");
    assertThatThrownBy(
            () ->
                subscriptions.upgrade(
                    partner.id(),
                    customerId,
                    business.id(),
                    data.offerNamed("Power BI Pro").offerId(),
                    5,
                    business.version(),
                    partner.sales()))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.upgrade.notAPath");
  }

  @Test
  void onlyOneTransactingPartnerWithDelegatedAdminPrivilegesPerService() {
    buy(partner, "Office 365 Enterprise E3", 5);
    TestPartner second = data.aPartnerWithUsers(1);
    String token = relationships.invitationOf(second.id(), second.sales()).token();
    relationships.acceptInvitation(token, customerId, customerAdmin);

    // Exchange, SharePoint, Teams and the Office apps are sold by the first partner already
    assertThatThrownBy(() -> buy(second, "Office 365 Enterprise E1", 5))
        .hasFieldOrPropertyWithValue("messageKey", "subscription.order.serviceTransactedByAnother");
    // another service is fine, and each partner sees only what it sells
    Subscription powerBi = buy(second, "Power BI Pro", 3);
    assertThat(subscriptions.subscriptionsOf(second.id(), customerId, second.sales()))
        .extracting(Subscription::id)
        .containsExactly(powerBi.id());
    assertThat(subscriptions.subscriptionsOf(partner.id(), customerId, partner.sales()))
        .extracting(Subscription::offerName)
        .containsExactly("Office 365 Enterprise E3");

    // once the first partner no longer holds the privileges, the second may sell the service
    relationships.revokeDelegatedAdmin(customerId, partner.id(), customerAdmin);
    assertThat(buy(second, "Office 365 Enterprise E1", 5).status())
        .isEqualTo(SubscriptionStatus.ACTIVE);
  }
}
