package cn.csp.portal.billing;

import static cn.csp.portal.billing.BillingTestData.AZURE;
import static cn.csp.portal.billing.BillingTestData.E3;
import static cn.csp.portal.billing.BillingTestData.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.billing.BillingTestData.TestPartner;
import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Full runs over real subscription histories for the scenarios of spec 2.14, usage billed in
 * arrears (latent usage included) and a two-tier partner's reseller MPN IDs: invoice sections and
 * both reconciliation files byte for byte against the files in {@code src/test/resources/billing}
 * (ids that differ per run are {@code ${...}} placeholders there). Every partner's subscriptions
 * are rated in slices on three threads, as a large partner's are ({@code RatingSlices}), so the
 * files also show that slicing keeps their order.
 */
@IntegrationTest
@TestPropertySource(
    properties = {"portal.billing.rating.min-slice=1", "portal.billing.rating.threads=3"})
@Import({TestClock.Configuration.class, BillingTestData.class})
class BillingScenariosIT {

  @Autowired BillingRuns billingRuns;
  @Autowired Invoices invoices;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired BillingTestData data;
  @Autowired TestClock clock;

  private final Map<String, String> placeholders = new LinkedHashMap<>();

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2101, month, dayOfMonth);
  }

  @Test
  void theSpecScenariosOverFourMonths() throws IOException {
    data.prices(YearMonth.of(2101, 1), YearMonth.of(2101, 12));
    TestPartner partner = data.partner("Scenario Partner", 15);
    describe(partner);
    // A: quantity changes in the free period, then in a billed period (spec 2.14 rows 3 and 4)
    Subscription a = buy(partner, "A Seats Customer", "A", day(6, 2), E3, 10);
    data.changeQuantity(partner, a, day(6, 8), 20);
    data.changeQuantity(partner, a, day(6, 12), 15);
    // B: a new subscription, billed, cancelled without seat changes (rows 1 and 5)
    Subscription b = buy(partner, "B Cancel Customer", "B", day(7, 1), E3, 10);
    // C: cancelled before the first billing date: absent from every file (row 2)
    Subscription c = buy(partner, "C Test Customer", "C", day(7, 3), E3, 3);
    data.cancel(partner, c, day(7, 10));
    // D: Azure, billed in arrears at its price at start
    Subscription d = buy(partner, "D Azure Customer", "D", day(7, 1), AZURE, 1);

    BillingRun june = run(partner, day(6, 15));
    assertFile(partner, june, false, "billing/scenarios-2101-06-15-license.csv");
    assertSections(partner, june, "165.00", "0.00", "9.90", "174.90");

    BillingRun july = run(partner, day(7, 15));
    assertSections(partner, july, "275.00", "0.00", "16.50", "291.50");
    assertThat(licenseFile(partner, july)).doesNotContain(c.id().toString());

    data.changeQuantity(partner, a, day(7, 20), 12);
    data.changeQuantity(partner, a, day(7, 31), 18);
    data.recordUsage(d, day(7, 20), "11", day(8, 1));
    data.changeQuantity(partner, a, day(8, 10), 10);

    BillingRun august = run(partner, day(8, 15));
    assertFile(partner, august, false, "billing/scenarios-2101-08-15-license.csv");
    assertFile(partner, august, true, "billing/scenarios-2101-08-15-usage.csv");
    // 110.00 (B) + the reversal, segments and advance of A: -165 + 155.06 + 110
    assertSections(partner, august, "210.06", "0.89", "12.65", "223.60");

    data.cancel(partner, b, day(8, 25));
    // latent usage of the previous period arrives late, with the current period's
    data.recordUsage(d, day(7, 25), "2", day(9, 1));
    data.recordUsage(d, day(8, 20), "100.5", day(9, 1));

    BillingRun september = run(partner, day(9, 15));
    assertFile(partner, september, false, "billing/scenarios-2101-09-15-license.csv");
    assertFile(partner, september, true, "billing/scenarios-2101-09-15-usage.csv");
    assertSections(partner, september, "35.48", "8.28", "2.63", "46.39");
  }

  @Test
  void aTwoTierProviderSeesItsResellersMpnIds() throws IOException {
    data.prices(YearMonth.of(2101, 1), YearMonth.of(2101, 12));
    TestPartner provider = data.partner("Two-Tier Provider", 15);
    TestPartner reseller = data.partner("Two-Tier Reseller", 15);
    data.authorize(provider, reseller);
    describe(provider);
    placeholders.put("RESELLER_MPN", reseller.mpnId());
    Subscription viaReseller = buy(provider, "T Two-Tier Customer", "R", day(10, 1), E3, 2);
    UUID customerId = viaReseller.customerId();
    Subscription removed = buyFor(provider, customerId, "X", day(10, 1), 3);
    Subscription direct = buyFor(provider, customerId, "P", day(10, 1), 4);
    data.setReseller(provider, viaReseller, reseller.mpnId());
    data.setReseller(provider, removed, reseller.mpnId());
    data.setReseller(provider, removed, null);

    BillingRun run = run(provider, day(10, 15));

    assertFile(provider, run, false, "billing/two-tier-2101-10-15-license.csv");
    assertThat(direct.id()).isNotNull();
  }

  private BillingRun run(TestPartner partner, LocalDate invoiceDate) {
    clock.setToNoonOn(invoiceDate);
    BillingRun run = billingRuns.run(partner.id(), invoiceDate, OPERATOR);
    assertThat(run.status()).as(run.error()).isEqualTo(BillingRunStatus.COMPLETED);
    placeholders.put("INVOICE", run.invoiceId());
    // paid on time: these scenarios are about rating, not finance charges
    InvoiceDetails invoice = invoices.find(partner.id(), run.invoiceId(), partner.billingAdmin());
    if (invoice.total().signum() > 0) {
      data.pay(invoice.id(), invoice.total(), invoiceDate);
    }
    return run;
  }

  private Subscription buy(
      TestPartner partner,
      String customerName,
      String key,
      LocalDate orderDay,
      String offer,
      int quantity) {
    CreatedCustomer created = data.customer(partner, customerName);
    CustomerAccount customer = customers.find(partner.id(), created.customerId()).orElseThrow();
    placeholders.put("CUST_" + key, customer.id().toString());
    placeholders.put("DOMAIN_" + key, customer.domain());
    placeholders.put("CBA_" + key, customer.billableAccountId());
    Subscription s = data.buy(partner, customer.id(), orderDay, offer, quantity);
    describe(key, s);
    return s;
  }

  private Subscription buyFor(
      TestPartner partner, UUID customerId, String key, LocalDate orderDay, int quantity) {
    Subscription s = data.buy(partner, customerId, orderDay, E3, quantity);
    describe(key, s);
    return s;
  }

  private void describe(TestPartner partner) {
    PartnerOverview overview = partners.findOverview(partner.id()).orElseThrow();
    placeholders.put("PARTNER", partner.id().toString());
    placeholders.put("MPN", partner.mpnId());
    placeholders.put("PBA", overview.billableAccountId());
  }

  private void describe(String key, Subscription s) {
    placeholders.put("SUB_" + key, s.id().toString());
    placeholders.put("ORDER_" + key, s.orderId());
    placeholders.put("BSUB_" + key, billingSubscriptionId(s.id()));
  }

  private void assertSections(
      TestPartner partner,
      BillingRun run,
      String recurring,
      String usage,
      String taxes,
      String total) {
    InvoiceDetails invoice = invoices.find(partner.id(), run.invoiceId(), partner.billingAdmin());
    InvoiceSections s = invoice.sections();
    assertThat(s.recurringCharges()).isEqualByComparingTo(recurring);
    assertThat(s.usageCharges()).isEqualByComparingTo(usage);
    assertThat(s.taxes()).isEqualByComparingTo(taxes);
    assertThat(s.otherProductsAndServices()).isEqualByComparingTo("0");
    assertThat(s.creditsAndAdjustments()).isEqualByComparingTo("0");
    assertThat(invoice.total()).isEqualByComparingTo(total).isEqualByComparingTo(s.total());
    assertThat(invoice.dueDate()).isEqualTo(run.invoiceDate().plusDays(30));
    assertThat(invoice.billingPeriodEnd()).isEqualTo(run.invoiceDate().minusDays(1));
  }

  private String licenseFile(TestPartner partner, BillingRun run) throws IOException {
    StringWriter out = new StringWriter();
    invoices.writeLicenseReconciliation(
        partner.id(), run.invoiceId(), out, false, partner.billingAdmin());
    return out.toString();
  }

  private void assertFile(TestPartner partner, BillingRun run, boolean usage, String expected)
      throws IOException {
    StringWriter out = new StringWriter();
    if (usage) {
      invoices.writeUsageReconciliation(
          partner.id(), run.invoiceId(), out, false, partner.billingAdmin());
    } else {
      invoices.writeLicenseReconciliation(
          partner.id(), run.invoiceId(), out, false, partner.billingAdmin());
    }
    assertThat(out.toString()).isEqualTo(expected(expected));
  }

  /** The expected file with its placeholders filled in and LF line ends made CRLF. */
  private String expected(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> p : placeholders.entrySet()) {
        text = text.replace("${" + p.getKey() + "}", p.getValue());
      }
      assertThat(text).as("unfilled placeholder in " + resource).doesNotContain("${");
      return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
  }

  /** The documented derivation of the billing platform's subscription id. */
  private static String billingSubscriptionId(UUID subscriptionId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("csp-billing-subscription:" + subscriptionId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(java.util.Arrays.copyOf(digest, 12));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
