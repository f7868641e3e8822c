package cn.csp.portal.support;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueEmail;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PlacedOrder;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Partners with users of every support-relevant role and a customer with Exchange (E3). */
class SupportTestData {

  static final Actor SYSTEM = Actor.system("test");
  static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "desk@21vianet.example");

  private final PartnerAccounts partners;
  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;
  private final OfferCatalog catalog;
  private final PriceLists priceLists;
  private final TestClock clock;

  SupportTestData(
      PartnerAccounts partners,
      CustomerDirectory customers,
      Subscriptions subscriptions,
      OfferCatalog catalog,
      PriceLists priceLists,
      TestClock clock) {
    this.partners = partners;
    this.customers = customers;
    this.subscriptions = subscriptions;
    this.catalog = catalog;
    this.priceLists = priceLists;
    this.clock = clock;
  }

  record TestPartner(
      UUID id,
      Actor globalAdmin,
      Actor helpdesk,
      Actor sales,
      Actor billingAdmin,
      UUID customerId,
      UUID subscriptionId) {}

  /** A partner whose customer has 5 E3 licenses (Exchange, SharePoint, Teams, Office apps). */
  TestPartner partner(String name) {
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, clock.today());
    UUID partnerId = partners.createPartner(aPartner(name, clock.today().getDayOfMonth()), SYSTEM);
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer(name + " Customer"), SYSTEM).customerId();
    String e3 =
        catalog.offers().stream()
            .filter(o -> o.name().equals("Office 365 Enterprise E3"))
            .findFirst()
            .orElseThrow()
            .offerId();
    PlacedOrder order =
        subscriptions.placeOrder(
            partnerId,
            customerId,
            new NewOrder(UUID.randomUUID().toString(), List.of(new OrderLine(e3, 5, null, null))),
            SYSTEM);
    return new TestPartner(
        partnerId,
        user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN),
        user(partnerId, AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN),
        user(partnerId, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN),
        user(partnerId, AgentRole.NONE, AdminRole.BILLING_ADMIN),
        customerId,
        order.lines().get(0).subscriptionId());
  }

  static NewSupportRequest customerRequest(TestPartner partner, String title) {
    return new NewSupportRequest(
        partner.customerId(),
        "EXCHANGE_ONLINE",
        SupportCategory.TECHNICAL,
        SupportSeverity.CRITICAL,
        title,
        "Mail flow to the customer's tenant stops every morning.",
        contact(),
        null,
        null,
        null,
        List.of(),
        "en");
  }

  static NewSupportRequest partnerCenterRequest(String title) {
    return new NewSupportRequest(
        null,
        null,
        SupportCategory.BILLING,
        SupportSeverity.MINIMAL,
        title,
        "The reconciliation file of last month does not open.",
        contact(),
        null,
        null,
        null,
        List.of(),
        "zh-CN");
  }

  static SupportContact contact() {
    return new SupportContact("Wei", "Zhang", uniqueEmail("contact"), "+86 10 8888 0001");
  }

  static NewAttachment textFile(String name) {
    return new NewAttachment(name, "trace 12:00 ok\n".getBytes(StandardCharsets.UTF_8));
  }

  static NewAttachment pdf(String name) {
    return new NewAttachment(name, "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
  }

  private Actor user(UUID partnerId, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    return Actor.partnerUser(partners.addUser(partnerId, user, SYSTEM), user.email());
  }
}
