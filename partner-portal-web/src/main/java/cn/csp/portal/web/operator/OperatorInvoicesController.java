package cn.csp.portal.web.operator;

import cn.csp.portal.billing.Delinquency;
import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.InvoiceStatus;
import cn.csp.portal.billing.OperatorInvoices;
import cn.csp.portal.billing.Payments;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invoices (spec 2.11, 2.12, 2.15): every partner's invoices, an invoice with its payments, the
 * "Record payment" form, and the delinquency check run now. A refused payment is shown on the form,
 * translated, and saves nothing.
 */
@Controller
@RequestMapping("/operator/invoices")
class OperatorInvoicesController {

  static final String LIST = "operator/invoices";
  static final String DETAILS = "operator/invoice";

  private final OperatorInvoices invoices;
  private final Payments payments;
  private final Delinquency delinquency;
  private final Clock clock;

  OperatorInvoicesController(
      OperatorInvoices invoices, Payments payments, Delinquency delinquency, Clock clock) {
    this.invoices = invoices;
    this.payments = payments;
    this.delinquency = delinquency;
    this.clock = clock;
  }

  @GetMapping
  String list(
      @CurrentUser OperatorPrincipal operator,
      @ModelAttribute("search") InvoiceSearchForm search,
      ListPage page,
      Model model) {
    model.addAttribute(
        "invoices", invoices.search(search.toQuery(), ListPaging.page(page), operator.actor()));
    model.addAttribute("statuses", InvoiceStatus.values());
    model.addAttribute("today", today());
    model.addAttribute("thresholdDays", delinquency.thresholdDays());
    return LIST;
  }

  /** Runs today's delinquency check now (the daily job does the same). */
  @PostMapping("/delinquency-check")
  String checkDelinquency(@CurrentUser OperatorPrincipal operator, RedirectAttributes redirect) {
    List<UUID> suspended = delinquency.suspendDelinquent(today(), operator.actor());
    redirect.addFlashAttribute("suspendedCount", suspended.size());
    return "redirect:/operator/invoices";
  }

  @GetMapping("/{invoiceId}")
  String details(
      @CurrentUser OperatorPrincipal operator, @PathVariable String invoiceId, Model model) {
    if (!model.containsAttribute("payment")) {
      PaymentForm form = new PaymentForm();
      form.setPaidOn(today());
      model.addAttribute("payment", form);
    }
    return page(operator, invoiceId, model);
  }

  @PostMapping("/{invoiceId}/payments")
  String recordPayment(
      @CurrentUser OperatorPrincipal operator,
      @PathVariable String invoiceId,
      @ModelAttribute("payment") PaymentForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    // the invoice first: an unknown one is a 404, not a form error
    InvoiceDetails invoice = invoices.find(invoiceId, operator.actor());
    if (result.hasErrors()) {
      return page(operator, invoice.id(), model);
    }
    try {
      payments.record(form.toPayment(invoice.id()), operator.actor());
    } catch (BusinessRuleViolation refused) {
      FormErrors.reject(result, refused, Map.of("invoiceId", "amount"));
      return page(operator, invoice.id(), model);
    }
    Flash.success(redirect, "operator.invoice.payment.recorded");
    return "redirect:/operator/invoices/" + invoice.id();
  }

  private String page(OperatorPrincipal operator, String invoiceId, Model model) {
    InvoiceDetails invoice = invoices.find(invoiceId, operator.actor());
    model.addAttribute("invoice", invoice);
    model.addAttribute("payments", payments.ofInvoice(invoice.id(), operator.actor()));
    model.addAttribute("today", today());
    return DETAILS;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), AuditQuery.ZONE);
  }
}
