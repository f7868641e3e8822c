package cn.csp.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.web.billing.InvoicedPartners;
import cn.csp.portal.web.billing.InvoicedPartners.Invoiced;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * Billing in a real headless Chromium (Debian's): a billing admin opens the Billing page, the
 * invoice of a real billing run, and downloads its PDF and both reconciliation files; a sales agent
 * reaches none of them (spec 2.11-2.13, section 4).
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({TestClock.Configuration.class, InvoicedPartners.class})
class BillingBrowserIT extends BrowserTest {

  private static final Actor SYSTEM = Actor.system("test");

  /** Spec 2.13: the license-based file's 27 columns, in order. */
  private static final String LICENSE_HEADER =
      "PartnerId,CustomerID,OrderID,SubscriptionID,SyndicationPartnerSubscriptionNumber,OfferID,"
          + "DurableOfferID,OfferName,SubscriptionStartDate,SubscriptionEndDate,ChargeStartDate,"
          + "ChargeEndDate,ChargeType,UnitPrice,Quantity,Amount,TotalOtherDiscount,Subtotal,Tax,"
          + "TotalForCustomer,Currency,CustomerName,MPNID,ResellerMPNID,DomainName,"
          + "SubscriptionName,SubscriptionDescription";

  /** Spec 2.13: the usage-based file's 40 columns, in order ("Resource Name" with its space). */
  private static final String USAGE_HEADER =
      "PartnerID,PartnerName,PartnerBillableAccountID,CustomerName,MPNID,ResellerMPNID,"
          + "InvoiceNumber,ChargeStartDate,ChargeEndDate,SubscriptionID,SubscriptionName,"
          + "SubscriptionDescription,OrderID,ServiceName,ServiceType,ResourceGUID,Resource Name,"
          + "Region,SKU,DetailLineItemId,ConsumedQuantity,IncludedQuantity,OverageQuantity,"
          + "ListPrice,PretaxCharges,TaxAmount,PostTaxTotal,Currency,PretaxEffectiveRate,"
          + "PostTaxEffectiveRate,ChargeType,CustomerBillableAccount,UsageDate,MeteredRegion,"
          + "MeteredService,MeteredServiceType,Project,ServiceInfo,CustomerID,DomainName";

  @Autowired PartnerAccounts partners;
  @Autowired InvoicedPartners invoicedPartners;

  private void signInAs(Invoiced invoiced, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = PartnerFixtures.aUser(agent, admin);
    partners.addUser(invoiced.partnerId(), user, SYSTEM);
    page.navigate(url("/login?lang=en"));
    page.locator("#username").fill(user.email());
    page.locator("#password").fill(PartnerFixtures.PASSWORD);
    page.locator("#sign-in-submit").click();
    assertThat(page).hasURL(url("/dashboard"));
  }

  private Download download(Locator link) {
    return page.waitForDownload(link::click);
  }

  private static String firstLine(Download download) throws IOException {
    String text = Files.readString(download.path(), StandardCharsets.UTF_8);
    return text.substring(0, text.indexOf("\r\n"));
  }

  @Test
  void aBillingAdminOpensTheInvoiceAndDownloadsThePdfAndBothFiles() throws IOException {
    Invoiced invoiced = invoicedPartners.create();
    String invoiceId = invoiced.invoiceId();
    signInAs(invoiced, AgentRole.NONE, AdminRole.BILLING_ADMIN);

    page.navigate(url("/billing"));
    assertThat(page.locator("#latest-invoice-link")).hasText(invoiceId);
    page.locator("#latest-invoice-link").click();
    assertThat(page).hasURL(url("/billing/invoices/" + invoiceId));
    assertThat(page.locator("#invoice-number")).hasText(invoiceId);
    assertThat(page.locator("#invoice-due")).hasText("2101-03-12");
    assertThat(page.locator("#invoice-bill-to")).containsText(InvoicedPartners.COMPANY);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/billing-invoice-en.png"))
            .setFullPage(true));

    Download pdf = download(page.locator("section a.invoice-pdf"));
    assertThat(pdf.suggestedFilename()).isEqualTo(invoiceId + ".pdf");
    byte[] pdfBytes = Files.readAllBytes(pdf.path());
    assertThat(new String(pdfBytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdfBytes)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Invoice no. " + invoiceId)
          .contains(InvoicedPartners.COMPANY)
          .contains(InvoicedPartners.STREET);
    }

    Locator files = page.locator("section .invoice-files a");
    Download license = download(files.nth(0));
    assertThat(license.suggestedFilename()).isEqualTo(invoiceId + "-license.csv");
    assertThat(firstLine(license)).isEqualTo(LICENSE_HEADER);
    assertThat(Files.readString(license.path())).contains(",Purchase fee,");

    Download usage = download(files.nth(2));
    assertThat(usage.suggestedFilename()).isEqualTo(invoiceId + "-usage.csv");
    assertThat(firstLine(usage)).isEqualTo(USAGE_HEADER);

    assertThat(consoleErrors).as("console errors (e.g. CSP violations)").isEmpty();
  }

  @Test
  void aSalesAgentReachesNoneOfIt() {
    Invoiced invoiced = invoicedPartners.create();
    String invoice = "/billing/invoices/" + invoiced.invoiceId();
    signInAs(invoiced, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    List<String> downloads = new ArrayList<>();
    page.onDownload(download -> downloads.add(download.suggestedFilename()));

    for (String path :
        List.of(
            "/billing",
            invoice,
            invoice + "/invoice.pdf",
            invoice + "/license.csv",
            invoice + "/usage.csv?excel=true")) {
      Response response = page.navigate(url(path));
      assertThat(response.status()).as(path).isEqualTo(403);
      assertThat(response.headerValue("content-type")).as(path).startsWith("text/html");
      assertThat(page.locator("#forbidden-message")).isVisible();
      assertThat(page.content()).as(path).doesNotContain("PartnerId,").doesNotContain("%PDF");
    }
    // (each 403 is logged on the console as a failed load: expected here)
    assertThat(downloads).as("no file downloaded").isEmpty();
  }
}
