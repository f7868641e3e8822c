package cn.csp.portal.web.api.v1;

import cn.csp.portal.billing.BillingOverview;
import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.InvoiceSummary;
import cn.csp.portal.billing.Invoices;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiLocale;
import cn.csp.portal.web.api.ApiPaging;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.AppUserOnly;
import cn.csp.portal.web.api.ContinuationToken;
import cn.csp.portal.web.api.model.ApiDates;
import cn.csp.portal.web.api.model.BillingProviderJson;
import cn.csp.portal.web.api.model.InvoiceDetailJson;
import cn.csp.portal.web.api.model.InvoiceJson;
import cn.csp.portal.web.api.model.InvoiceLineItemTypeJson;
import cn.csp.portal.web.api.model.InvoiceSummaryJson;
import cn.csp.portal.web.api.model.LicenseBasedLineItemJson;
import cn.csp.portal.web.api.model.Link;
import cn.csp.portal.web.api.model.LinkHeader;
import cn.csp.portal.web.api.model.ResourceAttributes;
import cn.csp.portal.web.api.model.ResourceCollection;
import cn.csp.portal.web.api.model.ResourceLinks;
import cn.csp.portal.web.api.model.UsageBasedLineItemJson;
import cn.csp.portal.web.billing.InvoiceStatements;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/invoices} (contract 8): the partner's invoices, their summary, their line items (the
 * reconciliation files' lines, read by the same query as the CSV files) and the invoice PDF. Only
 * callers with {@code billing:view} get here, as on the Billing pages; another partner's invoice is
 * not found.
 */
@RestController
@RequestMapping("/v1/invoices")
@RequiresPermission(Permission.BILLING_VIEW)
class InvoicesApiController {

  static final int DEFAULT_INVOICES = 200;
  static final int MAX_INVOICES = 200;
  static final int MAX_LINES = 2000;
  static final String SEEK_NEXT = "next";

  private final Invoices invoices;
  private final InvoiceStatements statements;

  InvoicesApiController(Invoices invoices, InvoiceStatements statements) {
    this.invoices = invoices;
    this.statements = statements;
  }

  /**
   * Newest first. The first page may skip {@code offset} invoices; the next pages follow the
   * continuation token, which holds the last served invoice's date (one invoice a day at most).
   */
  @GetMapping
  ResourceCollection<InvoiceJson> list(
      @AuthenticationPrincipal ApiCaller caller,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) String seekOperation,
      @RequestHeader(value = ContinuationToken.HEADER, required = false) String token) {
    int pageSize = ApiPaging.size(size, DEFAULT_INVOICES, MAX_INVOICES);
    int skip = ApiPaging.offset(offset);
    LocalDate before = null;
    if (continues(seekOperation, token)) {
      before = invoiceDate(ContinuationToken.decode(token, "invoices", 1).position().get(0));
      skip = 0;
    }
    List<InvoiceSummary> found =
        invoices.listBefore(caller.partnerId(), before, skip, pageSize + 1, caller.actor());
    List<InvoiceSummary> page = found.subList(0, Math.min(pageSize, found.size()));
    long total = invoices.count(caller.partnerId(), caller.actor());
    String self = "invoices?size=" + pageSize + (before == null ? "&offset=" + skip : "");
    if (found.size() <= pageSize) {
      return ResourceCollection.page(json(page), (int) total, self, null, null);
    }
    String next =
        new ContinuationToken(
                "invoices", List.of(page.get(page.size() - 1).invoiceDate().toString()))
            .encode();
    return ResourceCollection.page(
        json(page),
        (int) total,
        self,
        Link.get(
            "invoices?size=" + pageSize + "&seekOperation=Next",
            new LinkHeader(ContinuationToken.HEADER, next)),
        next);
  }

  @GetMapping("/summary")
  InvoiceSummaryJson summary(@AuthenticationPrincipal ApiCaller caller) {
    BillingOverview overview = invoices.overview(caller.partnerId(), caller.actor());
    return new InvoiceSummaryJson(
        overview.balanceDue(),
        overview.currency(),
        InvoiceJson.symbolOf(overview.currency()),
        ApiDates.of(overview.firstInvoiceDate()),
        overview.latestInvoice() == null
            ? null
            : ApiDates.of(overview.latestInvoice().invoiceDate()),
        overview.lastPayment() == null ? null : ApiDates.of(overview.lastPayment().paidOn()),
        overview.lastPayment() == null ? null : overview.lastPayment().amount(),
        overview.overdueAmount(),
        ApiDates.of(overview.oldestOverdueDueDate()),
        ResourceLinks.self("invoices/summary"),
        ResourceAttributes.of("InvoiceSummary"));
  }

  @AppUserOnly
  @GetMapping("/{invoiceId}")
  InvoiceJson get(@AuthenticationPrincipal ApiCaller caller, @PathVariable String invoiceId) {
    InvoiceDetails i = invoices.find(caller.partnerId(), invoiceId, caller.actor());
    return json(
        i.id(),
        i.invoiceDate(),
        i.billingPeriodStart(),
        i.billingPeriodEnd(),
        i.dueDate(),
        i.total(),
        i.paidAmount(),
        i.currency(),
        i.licenseLineCount(),
        i.usageLineCount());
  }

  /**
   * One page of an invoice's line items by offset. Provider and type match without case or
   * underscores ({@code office/BILLINGLINEITEMS}, {@code Office/BillingLineItems}, {@code
   * office/billing_line_items}); anything but office or azure billing line items is a 400.
   */
  @GetMapping("/{invoiceId}/lineitems/{provider}/{type}")
  ResourceCollection<Object> lineItems(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String invoiceId,
      @PathVariable String provider,
      @PathVariable String type,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) Integer offset) {
    BillingProviderJson billingProvider = lineItemsOf(provider, type);
    int pageSize = ApiPaging.size(size, MAX_LINES, MAX_LINES);
    int skip = ApiPaging.offset(offset);
    InvoiceDetails invoice = invoices.find(caller.partnerId(), invoiceId, caller.actor());
    int total = lineCount(invoice, billingProvider);
    // line numbers are the file's positions from 1 without gaps: after line n = skipping n lines
    List<Object> items = lines(caller, invoice.id(), billingProvider, skip, pageSize);
    String path =
        "invoices/"
            + invoice.id()
            + "/lineitems/"
            + billingProvider.wire()
            + "/billing_line_items?size="
            + pageSize
            + "&offset=";
    Link next = skip + items.size() < total ? Link.get(path + (skip + items.size())) : null;
    return ResourceCollection.page(items, total, path + skip, next, null);
  }

  /**
   * The reconciliation line items, seek-based, as the SDK asks for them: {@code
   * ?currencyCode=CNY&invoiceLineItemType=BILLINGLINEITEMS&period=current&provider=office&size=2000},
   * the next pages with {@code seekOperation=Next} and the continuation token (the last served line
   * number). The invoice fixes the period, so {@code period} is only checked to be current or
   * previous; {@code currencyCode}, when given, must be the invoice's.
   */
  @GetMapping("/{invoiceId}/lineitems")
  ResourceCollection<Object> reconLineItems(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String invoiceId,
      @RequestParam String provider,
      @RequestParam String invoiceLineItemType,
      @RequestParam(required = false) String currencyCode,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String seekOperation,
      @RequestHeader(value = ContinuationToken.HEADER, required = false) String token) {
    BillingProviderJson billingProvider = lineItemsOf(provider, invoiceLineItemType);
    int pageSize = ApiPaging.size(size, MAX_LINES, MAX_LINES);
    if (period != null && !List.of("current", "previous").contains(lower(period))) {
      throw ApiRequestRefused.badInput("period", "api.billing.period.invalid", period);
    }
    InvoiceDetails invoice = invoices.find(caller.partnerId(), invoiceId, caller.actor());
    if (currencyCode != null && !currencyCode.strip().equalsIgnoreCase(invoice.currency())) {
      throw ApiRequestRefused.badInput(
          "currencyCode", "api.billing.currency.invalid", currencyCode, invoice.currency());
    }
    String scope =
        "invoices/" + invoice.id() + "/lineitems|" + billingProvider.wire() + "|billing_line_items";
    int afterLine = 0;
    if (continues(seekOperation, token)) {
      afterLine = lineNumber(ContinuationToken.decode(token, scope, 1).position().get(0));
    }
    List<Object> items = lines(caller, invoice.id(), billingProvider, afterLine, pageSize);
    int total = lineCount(invoice, billingProvider);
    String query =
        "invoices/"
            + invoice.id()
            + "/lineitems?currencyCode="
            + invoice.currency()
            + "&invoiceLineItemType=billing_line_items&period="
            + (period == null ? "current" : lower(period))
            + "&provider="
            + billingProvider.wire()
            + "&size="
            + pageSize;
    int last = afterLine + items.size();
    if (items.size() < pageSize || last >= total) {
      return ResourceCollection.page(items, total, query, null, null);
    }
    String next = new ContinuationToken(scope, List.of(Integer.toString(last))).encode();
    return ResourceCollection.page(
        items,
        total,
        query,
        Link.get(query + "&seekOperation=Next", new LinkHeader(ContinuationToken.HEADER, next)),
        next);
  }

  /**
   * The invoice PDF, whatever the client accepts (the SDK sends {@code Accept: application/pdf}).
   * An unknown invoice is still a JSON fault: the exception resolver writes it directly, past
   * content negotiation.
   */
  @GetMapping("/{invoiceId}/documents/statement")
  void statement(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String invoiceId,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    statements
        .render(caller.partnerId(), invoiceId, caller.actor(), ApiLocale.of(request))
        .writeTo(response);
  }

  private List<Object> lines(
      ApiCaller caller, String invoiceId, BillingProviderJson provider, int afterLine, int limit) {
    List<Object> items = new ArrayList<>();
    if (provider == BillingProviderJson.OFFICE) {
      invoices
          .licenseLines(caller.partnerId(), invoiceId, afterLine, limit, caller.actor())
          .forEach(l -> items.add(LicenseBasedLineItemJson.of(l)));
    } else {
      invoices
          .usageLines(caller.partnerId(), invoiceId, afterLine, limit, caller.actor())
          .forEach(l -> items.add(UsageBasedLineItemJson.of(l)));
    }
    return items;
  }

  private static int lineCount(InvoiceDetails invoice, BillingProviderJson provider) {
    return provider == BillingProviderJson.OFFICE
        ? invoice.licenseLineCount()
        : invoice.usageLineCount();
  }

  /**
   * The provider whose billing line items are asked for: office (license-based file) or azure
   * (usage-based file), the only line items this portal's invoices have.
   *
   * @throws ApiRequestRefused 400 for an unknown provider or type, or another combination
   */
  static BillingProviderJson lineItemsOf(String provider, String type) {
    BillingProviderJson billingProvider = BillingProviderJson.parse(provider);
    if (billingProvider == null) {
      throw ApiRequestRefused.badInput("provider", "api.billing.provider.invalid", provider);
    }
    InvoiceLineItemTypeJson lineItemType = InvoiceLineItemTypeJson.parse(type);
    if (lineItemType == null) {
      throw ApiRequestRefused.badInput(
          "invoiceLineItemType", "api.billing.lineItemType.invalid", type);
    }
    if (lineItemType != InvoiceLineItemTypeJson.BILLING_LINE_ITEMS
        || (billingProvider != BillingProviderJson.OFFICE
            && billingProvider != BillingProviderJson.AZURE)) {
      throw ApiRequestRefused.badInput(
          "provider", "api.billing.lineItems.unsupported", billingProvider.wire(), type);
    }
    return billingProvider;
  }

  /**
   * Whether the request continues a list: a continuation token with {@code seekOperation=Next} or
   * none (the header alone is what the enumerator sends along the next link).
   */
  static boolean continues(String seekOperation, String token) {
    if (seekOperation != null && !SEEK_NEXT.equals(lower(seekOperation))) {
      throw ApiRequestRefused.badInput(
          "seekOperation", "api.billing.seekOperation.invalid", seekOperation);
    }
    if (seekOperation != null && (token == null || token.isBlank())) {
      throw ApiRequestRefused.badInput(ContinuationToken.HEADER, "api.fault.invalidContinuation");
    }
    return token != null && !token.isBlank();
  }

  private static LocalDate invoiceDate(String position) {
    try {
      return LocalDate.parse(position);
    } catch (DateTimeParseException notOurs) {
      throw ApiRequestRefused.badInput(ContinuationToken.HEADER, "api.fault.invalidContinuation");
    }
  }

  private static int lineNumber(String position) {
    try {
      return Integer.parseInt(position);
    } catch (NumberFormatException notOurs) {
      throw ApiRequestRefused.badInput(ContinuationToken.HEADER, "api.fault.invalidContinuation");
    }
  }

  private static String lower(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static List<InvoiceJson> json(List<InvoiceSummary> page) {
    return page.stream()
        .map(
            i ->
                json(
                    i.id(),
                    i.invoiceDate(),
                    i.servicePeriodStart(),
                    i.servicePeriodEnd(),
                    i.dueDate(),
                    i.total(),
                    i.paidAmount(),
                    i.currency(),
                    i.licenseLineCount(),
                    i.usageLineCount()))
        .toList();
  }

  private static InvoiceJson json(
      String id,
      LocalDate invoiceDate,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueDate,
      BigDecimal total,
      BigDecimal paid,
      String currency,
      int licenseLines,
      int usageLines) {
    List<InvoiceDetailJson> details = new ArrayList<>();
    if (licenseLines > 0) {
      details.add(InvoiceDetailJson.billingLineItems(id, BillingProviderJson.OFFICE));
    }
    if (usageLines > 0) {
      details.add(InvoiceDetailJson.billingLineItems(id, BillingProviderJson.AZURE));
    }
    return new InvoiceJson(
        id,
        ApiDates.of(invoiceDate),
        ApiDates.of(periodStart),
        ApiDates.of(periodEnd),
        ApiDates.of(dueDate),
        total,
        paid,
        currency,
        InvoiceJson.symbolOf(currency),
        "invoices/" + id + "/documents/statement",
        details,
        InvoiceJson.DOCUMENT_TYPE,
        InvoiceJson.INVOICE_TYPE,
        ResourceLinks.self("invoices/" + id),
        ResourceAttributes.of("Invoice"));
  }
}
