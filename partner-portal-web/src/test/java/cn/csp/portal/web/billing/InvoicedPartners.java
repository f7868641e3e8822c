package cn.csp.portal.web.billing;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/**
 * A partner with a Chinese billing profile whose customer bought E3 on 2101-01-10 and the invoice
 * of the real billing run on its next billing date, 2101-02-10 (a far-future year: the daily run
 * bills every partner of the shared database). Import it with {@link TestClock.Configuration}; it
 * leaves the clock on the invoice date.
 */
@TestComponent
public class InvoicedPartners {

  public static final String COMPANY = "北京云启科技有限公司";
  public static final String STREET = "北京市朝阳区建国路 88 号";
  public static final LocalDate ORDER_DATE = LocalDate.of(2101, 1, 10);
  public static final LocalDate INVOICE_DATE = LocalDate.of(2101, 2, 10);

  private static final Actor SYSTEM = Actor.system("test");

  private final PartnerAccounts partners;
  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;
  private final OfferCatalog catalog;
  private final PriceLists priceLists;
  private final BillingRuns billingRuns;
  private final TestClock clock;

  InvoicedPartners(
      PartnerAccounts partners,
      CustomerDirectory customers,
      Subscriptions subscriptions,
      OfferCatalog catalog,
      PriceLists priceLists,
      BillingRuns billingRuns,
      TestClock clock) {
    this.partners = partners;
    this.customers = customers;
    this.subscriptions = subscriptions;
    this.catalog = catalog;
    this.priceLists = priceLists;
    this.billingRuns = billingRuns;
    this.clock = clock;
  }

  /** The partner and its invoice. */
  public record Invoiced(UUID partnerId, NewPartner partner, String invoiceId) {}

  /** The customer orders five licenses of Office 365 Enterprise E3, today. */
  public static void orderFiveE3(
      OfferCatalog catalog, Subscriptions subscriptions, UUID partnerId, UUID customerId) {
    Offer e3 =
        catalog.offers().stream()
            .filter(o -> o.name().equals("Office 365 Enterprise E3"))
            .findFirst()
            .orElseThrow();
    subscriptions.placeOrder(
        partnerId,
        customerId,
        new NewOrder(
            UUID.randomUUID().toString(), List.of(new OrderLine(e3.offerId(), 5, null, null))),
        SYSTEM);
  }

  public Invoiced create() {
    clock.setToNoonOn(ORDER_DATE);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, ORDER_DATE);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, INVOICE_DATE);
    NewPartner fixture = PartnerFixtures.aPartner(COMPANY, ORDER_DATE.getDayOfMonth());
    PartnerProfiles profiles = fixture.profiles();
    Address address = new Address(STREET, "SOHO 现代城 A 座 1001", "北京", "北京", "100022", "CN");
    BillingProfile billing =
        new BillingProfile(
            COMPANY, address, profiles.billing().invoiceRecipient(), "PO-云启-7", "91110105MA00TEST");
    NewPartner partner =
        new NewPartner(
            fixture.mpnId(),
            fixture.billingDay(),
            fixture.timeZone(),
            new PartnerProfiles(
                profiles.legal(), billing, profiles.organization(), profiles.support()));
    UUID partnerId = partners.createPartner(partner, SYSTEM);
    UUID customerId = customers.createCustomer(partnerId, aCustomer("云启客户"), SYSTEM).customerId();
    orderFiveE3(catalog, subscriptions, partnerId, customerId);
    clock.setToNoonOn(INVOICE_DATE);
    BillingRun run =
        billingRuns.run(partnerId, INVOICE_DATE, Actor.operator(UUID.randomUUID(), "op@test"));
    assertThat(run.status()).isEqualTo(BillingRunStatus.COMPLETED);
    assertThat(run.invoiceId()).isNotNull();
    return new Invoiced(partnerId, partner, run.invoiceId());
  }
}
