package cn.csp.portal.web.billing;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BillingCalendar;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A partner with one issued invoice, for the billing pages' tests. Not a component (the
 * application's scan would find it in every test context): tests {@code @Import} it, the /v1 API's
 * tests too.
 */
public class InvoiceFixtures {

  public static final Actor SYSTEM = Actor.system("test");
  public static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "op@test");

  /** The partner as created, its id, and its invoice. */
  public record Invoiced(
      NewPartner partner, UUID partnerId, LocalDate invoiceDate, String invoiceId) {}

  private final PartnerAccounts partners;
  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;
  private final OfferCatalog catalog;
  private final PriceLists priceLists;
  private final BillingRuns billingRuns;
  private final TestClock clock;

  InvoiceFixtures(
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

  /**
   * A partner whose customer ({@code customerName}) bought 5 E3 licenses today, billed on the next
   * billing date; the clock is left on that date.
   */
  public Invoiced partnerWithAnInvoice(String partnerName, String customerName) {
    LocalDate today = clock.today();
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, today);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, today.plusMonths(1));
    NewPartner partner = aPartner(partnerName + " " + UUID.randomUUID(), today.getDayOfMonth());
    UUID partnerId = partners.createPartner(partner, SYSTEM);
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer(customerName), SYSTEM).customerId();
    InvoicedPartners.orderFiveE3(catalog, subscriptions, partnerId, customerId);
    LocalDate invoiceDate =
        BillingCalendar.billingDateIn(YearMonth.from(today).plusMonths(1), today.getDayOfMonth());
    clock.setToNoonOn(invoiceDate);
    BillingRun run = billingRuns.run(partnerId, invoiceDate, OPERATOR);
    assertThat(run.status()).isEqualTo(BillingRunStatus.COMPLETED);
    return new Invoiced(partner, partnerId, invoiceDate, run.invoiceId());
  }
}
