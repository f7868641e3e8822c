package cn.csp.portal.billing;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceListItem;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Partners, customers and subscription histories for the billing tests, all made through the real
 * facades, with the test clock moved to each change's day.
 */
@Component
public class BillingTestData {

  public static final Actor SYSTEM = Actor.system("test");
  public static final Actor OPERATOR =
      Actor.operator(UUID.randomUUID(), "operator@21vianet.example");

  /** The spec 2.14 example's price: 11 per license per month. */
  public static final BigDecimal LICENSE_PRICE = new BigDecimal("11.00");

  public static final String E3 = "Office 365 Enterprise E3";
  public static final String E1 = "Office 365 Enterprise E1";
  public static final String AZURE = "Microsoft Azure operated by 21Vianet";

  private final PartnerAccounts partners;
  private final IndirectPartnerships partnerships;
  private final CustomerDirectory customers;
  private final OfferCatalog catalog;
  private final PriceLists priceLists;
  private final Subscriptions subscriptions;
  private final UsageRecords usageRecords;
  private final TestClock clock;
  private final Payments payments;

  public BillingTestData(
      PartnerAccounts partners,
      IndirectPartnerships partnerships,
      CustomerDirectory customers,
      OfferCatalog catalog,
      PriceLists priceLists,
      Subscriptions subscriptions,
      UsageRecords usageRecords,
      TestClock clock,
      Payments payments) {
    this.partners = partners;
    this.partnerships = partnerships;
    this.customers = customers;
    this.catalog = catalog;
    this.priceLists = priceLists;
    this.subscriptions = subscriptions;
    this.usageRecords = usageRecords;
    this.clock = clock;
    this.payments = payments;
  }

  public record TestPartner(UUID id, String mpnId, Actor admin, Actor sales, Actor billingAdmin) {}

  /**
   * Published lists for the months from {@code from} to {@code to} in which every license offer
   * costs 11.00 and usage 0.0808, unless a month already has a list. Tests use years no other test
   * publishes for.
   */
  public void prices(YearMonth from, YearMonth to) {
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      if (priceLists.publishedOn(month.atDay(1)).isEmpty()) {
        List<PriceListItem> items =
            catalog.offers().stream()
                .map(
                    o ->
                        new PriceListItem(
                            o.durableOfferId(),
                            o.name(),
                            o.billingType(),
                            o.billingType() == BillingType.USAGE
                                ? new BigDecimal("0.0808")
                                : LICENSE_PRICE))
                .toList();
        priceLists.importPublished(
            month,
            items,
            month.atDay(1).minusDays(40).atStartOfDay(TestClock.CHINA).toInstant(),
            SYSTEM);
      }
    }
  }

  public TestPartner partner(String companyName, int billingDay) {
    NewPartner partner = aPartner(companyName, billingDay);
    UUID id = partners.createPartner(partner, SYSTEM);
    return new TestPartner(
        id,
        partner.mpnId(),
        user(id, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN),
        user(id, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN),
        user(id, AgentRole.NONE, AdminRole.BILLING_ADMIN));
  }

  /** Makes {@code reseller} an authorized indirect reseller of {@code provider}. */
  public void authorize(TestPartner provider, TestPartner reseller) {
    String token =
        partnerships.requestPartnership(provider.id(), reseller.mpnId(), provider.admin());
    partnerships.authorize(token, reseller.id(), reseller.admin());
  }

  public CreatedCustomer customer(TestPartner partner, String companyName) {
    return customers.createCustomer(partner.id(), aCustomer(companyName), SYSTEM);
  }

  /** Orders on {@code orderDay} (noon, China): the subscription starts the next day. */
  public Subscription buy(
      TestPartner partner, UUID customerId, LocalDate orderDay, String offerName, int quantity) {
    clock.setToNoonOn(orderDay);
    Offer offer = offer(offerName);
    var placed =
        subscriptions.placeOrder(
            partner.id(),
            customerId,
            new NewOrder(
                UUID.randomUUID().toString(),
                List.of(new OrderLine(offer.offerId(), quantity, null, null))),
            partner.admin());
    return subscriptions.find(
        partner.id(), customerId, placed.lines().get(0).subscriptionId(), partner.admin());
  }

  public Subscription changeQuantity(
      TestPartner partner, Subscription s, LocalDate day, int quantity) {
    clock.setToNoonOn(day);
    Subscription current = current(partner, s);
    return subscriptions.changeQuantity(
        partner.id(), s.customerId(), s.id(), quantity, current.version(), partner.admin());
  }

  public Subscription cancel(TestPartner partner, Subscription s, LocalDate day) {
    clock.setToNoonOn(day);
    Subscription current = current(partner, s);
    return subscriptions.cancel(
        partner.id(), s.customerId(), s.id(), current.version(), partner.admin());
  }

  public Subscription setReseller(TestPartner partner, Subscription s, String resellerMpnId) {
    Subscription current = current(partner, s);
    return subscriptions.setResellerOfRecord(
        partner.id(), s.customerId(), s.id(), resellerMpnId, current.version(), partner.admin());
  }

  /** Records {@code quantity} compute hours of {@code usageDate}, imported on {@code today}. */
  public void recordUsage(Subscription s, LocalDate usageDate, String quantity, LocalDate today) {
    clock.setToNoonOn(today);
    UsageImportReport report =
        usageRecords.record(List.of(vmHours(s.id(), usageDate, quantity)), OPERATOR);
    assertThat(report.successful()).as(report.toString()).isTrue();
  }

  /**
   * Records a payment of {@code amount} on the invoice, paid on {@code paidOn}, as operators do.
   */
  public void pay(String invoiceId, BigDecimal amount, LocalDate paidOn) {
    payments.record(
        new NewPayment(invoiceId, amount, paidOn, "REF-" + UUID.randomUUID()), OPERATOR);
  }

  public Subscription current(TestPartner partner, Subscription s) {
    return subscriptions.find(partner.id(), s.customerId(), s.id(), partner.admin());
  }

  /** An hour-metered VM reading of a usage subscription, as the usage tests record them. */
  static NewUsageRecord vmHours(UUID subscriptionId, LocalDate usageDate, String quantity) {
    return new NewUsageRecord(
        subscriptionId,
        usageDate,
        "VIRTUAL MACHINES",
        "Compute, Standard",
        "DA41BC5F-0000-4000-8000-000000000001",
        "Compute Hours",
        "China East",
        "7UD-00001",
        "1",
        new BigDecimal(quantity),
        null,
        "China East",
        "Compute",
        "EXTERNAL",
        "web-01",
        "1.000000 Hours / 1 day");
  }

  public Offer offer(String name) {
    return catalog.offers().stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No offer named " + name));
  }

  private Actor user(UUID partnerId, AgentRole agentRole, AdminRole adminRole) {
    NewPartnerUser user = aUser(agentRole, adminRole);
    return Actor.partnerUser(partners.addUser(partnerId, user, SYSTEM), user.email());
  }
}
