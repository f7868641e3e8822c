package cn.csp.portal.web.billing;

import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.InvoiceStatus;
import cn.csp.portal.billing.InvoiceSummary;
import cn.csp.portal.billing.Invoices;
import cn.csp.portal.billing.Payments;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.config.RequestAdmission;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Dashboard > Billing (spec 2.11-2.13): the balance due and the latest invoice, the invoice list,
 * an invoice's header, sections and line summary, the invoice as PDF and its two reconciliation
 * files as CSV. Only users with {@code billing:view} get here (sales and help desk agents do not);
 * the invoices are always the signed-in user's partner's.
 */
@Controller
@RequiresPermission(Permission.BILLING_VIEW)
class BillingController {

  static final String OVERVIEW = "billing/index";
  static final String LIST = "billing/invoices";
  static final String DETAILS = "billing/invoice";

  /** The reconciliation files' write buffer (bytes). */
  private static final int FILE_BUFFER = 64 * 1024;

  private final Invoices invoices;
  private final Payments payments;
  private final InvoiceStatements statements;
  private final Clock clock;

  BillingController(
      Invoices invoices, Payments payments, InvoiceStatements statements, Clock clock) {
    this.invoices = invoices;
    this.payments = payments;
    this.statements = statements;
    this.clock = clock;
  }

  /** Today in China, for the "overdue" badges. */
  @ModelAttribute("today")
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), AuditQuery.ZONE);
  }

  @GetMapping("/billing")
  String overview(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("overview", invoices.overview(user.partnerId(), user.actor()));
    return OVERVIEW;
  }

  @GetMapping("/billing/invoices")
  String list(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute("filter") InvoiceFilterForm filter,
      BindingResult result,
      ListPage page,
      Model model) {
    Pageable requested = ListPaging.page(page);
    Page<InvoiceSummary> found =
        filter
            .toFilter(result)
            .map(f -> invoices.list(user.partnerId(), f, requested, user.actor()))
            .orElseGet(() -> Page.empty(requested));
    model.addAttribute("invoices", found);
    model.addAttribute("statuses", InvoiceStatus.values());
    return LIST;
  }

  @GetMapping("/billing/invoices/{invoiceId}")
  String details(
      @CurrentUser PartnerUserPrincipal user, @PathVariable String invoiceId, Model model) {
    InvoiceDetails invoice = invoices.find(user.partnerId(), invoiceId, user.actor());
    model.addAttribute("invoice", invoice);
    model.addAttribute("lines", invoices.lineSummary(user.partnerId(), invoice.id(), user.actor()));
    model.addAttribute(
        "payments", payments.ofInvoice(user.partnerId(), invoice.id(), user.actor()));
    model.addAttribute(
        "financeCharges", invoices.financeCharges(user.partnerId(), invoice.id(), user.actor()));
    return DETAILS;
  }

  /** The invoice as a PDF in the reader's language, named by its number. */
  @GetMapping("/billing/invoices/{invoiceId}/invoice.pdf")
  void invoicePdf(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable String invoiceId,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    statements.render(user.partnerId(), invoiceId, user.actor(), locale).writeTo(response);
  }

  /**
   * The license-based reconciliation file, streamed from the database. The invoice is looked up
   * first, so an unknown one gets its error page; {@code excel=true} adds the byte order mark Excel
   * needs to read UTF-8.
   */
  @GetMapping("/billing/invoices/{invoiceId}/license.csv")
  void licenseFile(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable String invoiceId,
      @RequestParam(defaultValue = "false") boolean excel,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    InvoiceDetails invoice = invoices.find(user.partnerId(), invoiceId, user.actor());
    try (Writer out = csvResponse(request, response, invoice.id() + "-license.csv")) {
      invoices.writeLicenseReconciliation(user.partnerId(), invoice.id(), out, excel, user.actor());
    }
  }

  @GetMapping("/billing/invoices/{invoiceId}/usage.csv")
  void usageFile(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable String invoiceId,
      @RequestParam(defaultValue = "false") boolean excel,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    InvoiceDetails invoice = invoices.find(user.partnerId(), invoiceId, user.actor());
    try (Writer out = csvResponse(request, response, invoice.id() + "-usage.csv")) {
      invoices.writeUsageReconciliation(user.partnerId(), invoice.id(), out, excel, user.actor());
    }
  }

  private static Writer csvResponse(
      HttpServletRequest request, HttpServletResponse response, String filename)
      throws IOException {
    // a large file streams for a long while, and a slow client makes it longer still
    RequestAdmission.streamFollows(request);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(filename).build().toString());
    // large files go out in 64 KiB pieces, not Tomcat's 8 KiB: a tenth of the writes to the socket
    response.setBufferSize(FILE_BUFFER);
    return new BufferedWriter(
        new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), FILE_BUFFER);
  }
}
