package cn.csp.portal.web.api.v1;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.kernel.BillingCalendar;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.web.api.ApiTestCallers;
import cn.csp.portal.web.api.ContinuationToken;
import cn.csp.portal.web.billing.InvoiceFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /v1/invoices} against a real issued invoice: the shapes of contract 8.2 and the enums of
 * section 9, both path casings of the line items, the reconciliation query exactly as the SDK sends
 * it, paging by offset and by continuation, the PDF, and the refusals (sales agent 403, foreign
 * invoice 404, bad parameters 400).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, InvoiceFixtures.class})
class InvoicesApiIT {

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired BillingRuns billingRuns;
  @Autowired TestClock clock;
  @Autowired InvoiceFixtures fixtures;
  @Autowired JsonMapper json;

  private InvoiceFixtures.Invoiced invoiced;
  private String billingAdmin;

  @BeforeEach
  void aPartnerWithAnInvoice() {
    invoiced = fixtures.partnerWithAnInvoice("API Invoice Partner", "API Invoice Customer");
    billingAdmin = user(invoiced.partnerId(), AgentRole.NONE, AdminRole.BILLING_ADMIN);
  }

  private String user(UUID partnerId, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, InvoiceFixtures.SYSTEM);
    return user.email();
  }

  /** The SDK's headers (contract 5.1) as the given user. */
  private MockHttpServletRequestBuilder sdkGet(String uri, String email) {
    return get(uri)
        .with(ApiTestCallers.asUser(partners, email))
        .header("MS-CorrelationId", UUID.randomUUID().toString())
        .header("MS-RequestId", UUID.randomUUID().toString())
        .header("MS-PartnerCenter-Client", "Partner Center Java SDK")
        .header("MS-Contract-Version", "v1")
        .header("X-Locale", "en-US")
        .accept(MediaType.APPLICATION_JSON);
  }

  private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private JsonNode ok(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = call(request);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private JsonNode fault(MockHttpServletRequestBuilder request, int status) throws Exception {
    MockHttpServletResponse response = call(request);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    JsonNode fault = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(fault.path("code").asString()).isNotBlank();
    assertThat(fault.path("description").asString()).isNotBlank();
    return fault;
  }

  @Test
  void theInvoiceHasTheShapeOfTheContract() throws Exception {
    String id = invoiced.invoiceId();
    JsonNode invoice = ok(sdkGet("/v1/invoices/" + id, billingAdmin));

    assertThat(invoice.path("id").asString()).isEqualTo(id);
    assertThat(invoice.path("invoiceDate").asString())
        .isEqualTo(invoiced.invoiceDate() + "T00:00:00Z");
    assertThat(invoice.path("billingPeriodStartDate").asString()).endsWith("T00:00:00Z");
    assertThat(invoice.path("billingPeriodEndDate").asString()).endsWith("T00:00:00Z");
    assertThat(invoice.path("totalCharges").decimalValue()).isPositive();
    assertThat(invoice.path("paidAmount").decimalValue()).isZero();
    assertThat(invoice.path("currencyCode").asString()).isEqualTo("CNY");
    assertThat(invoice.path("currencySymbol").asString()).isEqualTo("¥");
    assertThat(invoice.path("documentType").asString()).isEqualTo("invoice");
    assertThat(invoice.path("pdfDownloadLink").asString())
        .isEqualTo("invoices/" + id + "/documents/statement");
    assertThat(invoice.path("links").path("self").path("uri").asString())
        .isEqualTo("invoices/" + id);
    assertThat(invoice.path("attributes").path("objectType").asString()).isEqualTo("Invoice");
    JsonNode details = invoice.path("invoiceDetails");
    // E3 licenses only: the license-based file, no usage
    assertThat(details.size()).isEqualTo(1);
    assertThat(details.get(0).path("invoiceLineItemType").asString())
        .isEqualTo("billing_line_items");
    assertThat(details.get(0).path("billingProvider").asString()).isEqualTo("office");
    assertThat(details.get(0).path("links").path("self").path("uri").asString())
        .isEqualTo("invoices/" + id + "/lineitems/Office/BillingLineItems")
        .doesNotStartWith("/");
    assertThat(details.get(0).path("attributes").path("objectType").asString())
        .isEqualTo("InvoiceDetail");
  }

  @Test
  void theInvoiceListIsNewestFirstAndPagesByOffsetAndByContinuation() throws Exception {
    LocalDate second =
        BillingCalendar.billingDateIn(
            YearMonth.from(invoiced.invoiceDate()).plusMonths(1), invoiced.partner().billingDay());
    clock.setToNoonOn(second);
    BillingRun run = billingRuns.run(invoiced.partnerId(), second, InvoiceFixtures.OPERATOR);
    assertThat(run.status()).isEqualTo(BillingRunStatus.COMPLETED);

    JsonNode all = ok(sdkGet("/v1/invoices", billingAdmin));
    assertThat(all.path("totalCount").asInt()).isEqualTo(2);
    assertThat(all.path("attributes").path("objectType").asString()).isEqualTo("Collection");
    assertThat(ids(all)).containsExactly(run.invoiceId(), invoiced.invoiceId());
    assertThat(all.path("links").has("next")).isFalse();

    JsonNode skipped = ok(sdkGet("/v1/invoices?offset=1&size=10", billingAdmin));
    assertThat(ids(skipped)).containsExactly(invoiced.invoiceId());

    JsonNode first = ok(sdkGet("/v1/invoices?size=1", billingAdmin));
    assertThat(ids(first)).containsExactly(run.invoiceId());
    JsonNode next = first.path("links").path("next");
    assertThat(next.path("uri").asString()).isEqualTo("invoices?size=1&seekOperation=Next");
    assertThat(next.path("headers").get(0).path("key").asString())
        .isEqualTo(ContinuationToken.HEADER);
    String token = next.path("headers").get(0).path("value").asString();
    assertThat(first.path("continuationToken").asString()).isEqualTo(token);

    JsonNode last =
        ok(
            sdkGet("/v1/" + next.path("uri").asString(), billingAdmin)
                .header(ContinuationToken.HEADER, token));
    assertThat(ids(last)).containsExactly(invoiced.invoiceId());
    assertThat(last.path("links").has("next")).isFalse();

    fault(sdkGet("/v1/invoices?size=201", billingAdmin), 400);
    fault(sdkGet("/v1/invoices?size=-1", billingAdmin), 400);
    fault(sdkGet("/v1/invoices?offset=-1", billingAdmin), 400);
    fault(sdkGet("/v1/invoices?size=abc", billingAdmin), 400);
    fault(
        sdkGet("/v1/invoices?seekOperation=Next", billingAdmin)
            .header(ContinuationToken.HEADER, "not-a-token"),
        400);
  }

  @Test
  void theSummaryHasTheBalanceAndTheInvoiceDates() throws Exception {
    JsonNode summary = ok(sdkGet("/v1/invoices/summary", billingAdmin));
    JsonNode invoice = ok(sdkGet("/v1/invoices/" + invoiced.invoiceId(), billingAdmin));
    assertThat(summary.path("balanceAmount").decimalValue())
        .isEqualByComparingTo(invoice.path("totalCharges").decimalValue());
    assertThat(summary.path("currencyCode").asString()).isEqualTo("CNY");
    assertThat(summary.path("currencySymbol").asString()).isEqualTo("¥");
    assertThat(summary.path("firstInvoiceCreationDate").asString())
        .isEqualTo(invoiced.invoiceDate() + "T00:00:00Z");
    assertThat(summary.path("latestInvoiceDate").asString())
        .isEqualTo(invoiced.invoiceDate() + "T00:00:00Z");
    assertThat(summary.has("lastPaymentDate")).isFalse();
    assertThat(summary.path("attributes").path("objectType").asString())
        .isEqualTo("InvoiceSummary");
  }

  @Test
  void lineItemsMatchBothPathCasingsAndCarryTheirClassSelectors() throws Exception {
    String id = invoiced.invoiceId();
    JsonNode sdk =
        ok(sdkGet("/v1/invoices/" + id + "/lineitems/office/BILLINGLINEITEMS", billingAdmin));
    JsonNode docs =
        ok(sdkGet("/v1/invoices/" + id + "/lineitems/Office/BillingLineItems", billingAdmin));
    JsonNode snake =
        ok(sdkGet("/v1/invoices/" + id + "/lineitems/office/billing_line_items", billingAdmin));
    assertThat(docs.path("items")).isEqualTo(sdk.path("items"));
    assertThat(snake.path("items")).isEqualTo(sdk.path("items"));

    int total = sdk.path("totalCount").asInt();
    assertThat(total).isPositive();
    assertThat(sdk.path("items").size()).isEqualTo(total);
    JsonNode line = sdk.path("items").get(0);
    assertThat(line.path("billingProvider").asString()).isEqualTo("office");
    assertThat(line.path("invoiceLineItemType").asString()).isEqualTo("billing_line_items");
    assertThat(line.path("attributes").path("objectType").asString())
        .isEqualTo("LicenseBasedLineItem");
    assertThat(line.path("partnerId").asString()).isEqualTo(invoiced.partnerId().toString());
    assertThat(line.path("customerName").asString()).isEqualTo("API Invoice Customer");
    assertThat(line.path("offerName").asString()).isEqualTo("Office 365 Enterprise E3");
    assertThat(line.path("quantity").asInt()).isEqualTo(5);
    assertThat(line.path("currency").asString()).isEqualTo("CNY");
    assertThat(line.path("mpnId").isInt()).isTrue();
    assertThat(line.path("tier2MpnId").isInt()).isTrue();
    assertThat(line.path("chargeStartDate").asString()).endsWith("T00:00:00Z");

    // the API's lines are the CSV file's lines: same count, same values
    List<String> rows = csvRows(id);
    assertThat(rows).hasSize(total);
    for (int i = 0; i < total; i++) {
      JsonNode item = sdk.path("items").get(i);
      assertThat(rows.get(i))
          .startsWith(
              String.join(
                  ",",
                  item.path("partnerId").asString(),
                  item.path("customerId").asString(),
                  item.path("orderId").asString(),
                  item.path("subscriptionId").asString(),
                  item.path("syndicationPartnerSubscriptionNumber").asString()))
          .contains(
              ","
                  + item.path("totalForCustomer")
                      .decimalValue()
                      .setScale(2, java.math.RoundingMode.UNNECESSARY)
                      .toPlainString()
                  + ",CNY,");
    }

    // azure: the usage-based file, empty for this invoice
    JsonNode usage =
        ok(sdkGet("/v1/invoices/" + id + "/lineitems/azure/BILLINGLINEITEMS", billingAdmin));
    assertThat(usage.path("totalCount").asInt()).isZero();
    assertThat(usage.path("items").size()).isZero();
  }

  /** The license file's data rows, read with the same facade the Billing page uses. */
  @Autowired cn.csp.portal.billing.Invoices invoices;

  private List<String> csvRows(String invoiceId) throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    invoices.writeLicenseReconciliation(
        invoiced.partnerId(), invoiceId, out, false, InvoiceFixtures.SYSTEM);
    List<String> lines = new ArrayList<>(List.of(out.toString().split("\r\n")));
    lines.remove(0);
    return lines;
  }

  @Test
  void lineItemsPageByOffset() throws Exception {
    String path = "/v1/invoices/" + invoiced.invoiceId() + "/lineitems/office/BILLINGLINEITEMS";
    int total = ok(sdkGet(path, billingAdmin)).path("totalCount").asInt();
    List<Integer> seen = new ArrayList<>();
    String uri = path + "?size=1&offset=0";
    while (uri != null) {
      JsonNode page = ok(sdkGet(uri, billingAdmin));
      page.path("items").forEach(item -> seen.add(item.path("lineNumber").asInt()));
      JsonNode next = page.path("links").path("next");
      uri = next.isMissingNode() ? null : "/v1/" + next.path("uri").asString();
    }
    assertThat(seen).hasSize(total);
    for (int i = 0; i < total; i++) {
      assertThat(seen.get(i)).isEqualTo(i + 1);
    }
    JsonNode skipped = ok(sdkGet(path + "?size=10&offset=" + total, billingAdmin));
    assertThat(skipped.path("items").size()).isZero();
  }

  @Test
  void reconLineItemsAnswerTheSdksQueryAndContinue() throws Exception {
    String id = invoiced.invoiceId();
    String sdkQuery =
        "/v1/invoices/"
            + id
            + "/lineitems?currencyCode=CNY&invoiceLineItemType=BILLINGLINEITEMS&period=current"
            + "&provider=office&size=2000";
    JsonNode all = ok(sdkGet(sdkQuery, billingAdmin));
    int total = all.path("totalCount").asInt();
    assertThat(total).isPositive();
    assertThat(all.path("items").size()).isEqualTo(total);
    assertThat(all.path("items").get(0).path("billingProvider").asString()).isEqualTo("office");
    assertThat(all.path("items").get(0).path("invoiceLineItemType").asString())
        .isEqualTo("billing_line_items");
    assertThat(all.path("links").has("next")).isFalse();

    // one line a page, following next links and their headers as the SDK's enumerator does
    List<Integer> seen = new ArrayList<>();
    JsonNode page = ok(sdkGet(sdkQuery.replace("size=2000", "size=1"), billingAdmin));
    while (true) {
      page.path("items").forEach(item -> seen.add(item.path("lineNumber").asInt()));
      JsonNode next = page.path("links").path("next");
      if (next.isMissingNode()) {
        break;
      }
      assertThat(next.path("uri").asString()).doesNotStartWith("/").contains("seekOperation=Next");
      JsonNode header = next.path("headers").get(0);
      page =
          ok(
              sdkGet("/v1/" + next.path("uri").asString(), billingAdmin)
                  .header(header.path("key").asString(), header.path("value").asString()));
    }
    assertThat(seen).hasSize(total).doesNotHaveDuplicates().isSorted();

    fault(sdkGet(sdkQuery.replace("provider=office", "provider=bogus"), billingAdmin), 400);
    fault(sdkGet(sdkQuery.replace("BILLINGLINEITEMS", "USAGELINEITEMS"), billingAdmin), 400);
    fault(sdkGet(sdkQuery.replace("CNY", "USD"), billingAdmin), 400);
    fault(sdkGet(sdkQuery.replace("period=current", "period=someday"), billingAdmin), 400);
    fault(sdkGet(sdkQuery.replace("size=2000", "size=2001"), billingAdmin), 400);
    fault(sdkGet(sdkQuery.replace("&provider=office", ""), billingAdmin), 400);
    fault(
        sdkGet(sdkQuery + "&seekOperation=Next", billingAdmin)
            .header(
                ContinuationToken.HEADER, new ContinuationToken("invoices", List.of("x")).encode()),
        400);
  }

  @Test
  void unknownProvidersAndTypesAre400() throws Exception {
    String base = "/v1/invoices/" + invoiced.invoiceId() + "/lineitems/";
    JsonNode bogus = fault(sdkGet(base + "bogus/BILLINGLINEITEMS", billingAdmin), 400);
    assertThat(bogus.path("data").get(0).asString()).isEqualTo("provider");
    JsonNode type = fault(sdkGet(base + "office/SOMETHING", billingAdmin), 400);
    assertThat(type.path("data").get(0).asString()).isEqualTo("invoiceLineItemType");
    fault(sdkGet(base + "one_time/BILLINGLINEITEMS", billingAdmin), 400);
    fault(sdkGet(base + "azure/USAGELINEITEMS", billingAdmin), 400);
    fault(sdkGet(base + "office/BILLINGLINEITEMS?size=-1", billingAdmin), 400);
  }

  @Test
  void theStatementIsThePdfAndAnUnknownOneAJsonFault() throws Exception {
    MockHttpServletResponse pdf =
        call(
            sdkGet("/v1/invoices/" + invoiced.invoiceId() + "/documents/statement", billingAdmin)
                .accept(MediaType.APPLICATION_PDF));
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
    byte[] bytes = pdf.getContentAsByteArray();
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    JsonNode unknown =
        fault(
            sdkGet("/v1/invoices/D999999999/documents/statement", billingAdmin)
                .accept(MediaType.APPLICATION_PDF),
            404);
    assertThat(unknown.path("description").asString()).isNotBlank();
  }

  @Test
  void salesAgentsAre403AndAnotherPartnersInvoice404() throws Exception {
    String sales = user(invoiced.partnerId(), AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    String id = invoiced.invoiceId();
    for (String uri :
        List.of(
            "/v1/invoices",
            "/v1/invoices/summary",
            "/v1/invoices/" + id,
            "/v1/invoices/" + id + "/lineitems/office/BILLINGLINEITEMS",
            "/v1/invoices/" + id + "/documents/statement")) {
      fault(sdkGet(uri, sales), 403);
    }

    UUID other = partners.createPartner(aPartner(), InvoiceFixtures.SYSTEM);
    String foreign = user(other, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    fault(sdkGet("/v1/invoices/" + id, foreign), 404);
    fault(sdkGet("/v1/invoices/" + id + "/lineitems/office/BILLINGLINEITEMS", foreign), 404);
    fault(
        sdkGet(
            "/v1/invoices/"
                + id
                + "/lineitems?currencyCode=CNY&invoiceLineItemType=BILLINGLINEITEMS"
                + "&period=current&provider=office&size=2000",
            foreign),
        404);
    fault(sdkGet("/v1/invoices/" + id + "/documents/statement", foreign), 404);
    JsonNode theirs = ok(sdkGet("/v1/invoices", foreign));
    assertThat(theirs.path("totalCount").asInt()).isZero();
  }

  private static List<String> ids(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collection.path("items").forEach(i -> ids.add(i.path("id").asString()));
    return ids;
  }
}
