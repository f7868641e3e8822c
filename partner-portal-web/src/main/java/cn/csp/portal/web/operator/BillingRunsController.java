package cn.csp.portal.web.operator;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.MpnIds;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.web.form.FilterValues;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Billing runs (spec 2.11, 6): the daily job's and operators' runs with their status, counts and
 * node, a form to run one partner's billing date now, and a button that queues every due partner
 * for the nodes' workers (with the number of runs waiting). A run of a completed date changes
 * nothing; a failed one can simply be run again.
 */
@Controller
@RequestMapping("/operator/billing-runs")
class BillingRunsController {

  static final String VIEW = "operator/billing-runs";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final BillingRuns billingRuns;
  private final PartnerAccounts partners;
  private final Clock clock;

  BillingRunsController(BillingRuns billingRuns, PartnerAccounts partners, Clock clock) {
    this.billingRuns = billingRuns;
    this.partners = partners;
    this.clock = clock;
  }

  @GetMapping
  String runs(
      @CurrentUser OperatorPrincipal operator,
      @RequestParam(required = false) String status,
      ListPage page,
      Model model) {
    if (!model.containsAttribute("run")) {
      BillingRunForm form = new BillingRunForm();
      form.setInvoiceDate(LocalDate.ofInstant(clock.instant(), CHINA));
      model.addAttribute("run", form);
    }
    return page(operator, status, page, model);
  }

  @PostMapping
  String run(
      @CurrentUser OperatorPrincipal operator,
      @ModelAttribute("run") BillingRunForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    String mpnId = form.getMpnId() == null ? "" : form.getMpnId().strip();
    Optional<UUID> partnerId = Optional.empty();
    if (!mpnId.matches(MpnIds.PATTERN)) {
      result.rejectValue("mpnId", "operator.billingRuns.mpnId.invalid");
    } else {
      partnerId = partners.findPartnerIdByMpnId(mpnId);
      if (partnerId.isEmpty()) {
        result.rejectValue(
            "mpnId", "operator.billingRuns.mpnId.unknown", new Object[] {mpnId}, null);
      }
    }
    if (form.getInvoiceDate() == null && !result.hasFieldErrors("invoiceDate")) {
      result.rejectValue("invoiceDate", "operator.billingRuns.invoiceDate.required");
    }
    if (result.hasErrors()) {
      return page(operator, null, ListPage.FIRST, model);
    }
    try {
      BillingRun run = billingRuns.run(partnerId.get(), form.getInvoiceDate(), operator.actor());
      redirect.addFlashAttribute("lastRun", run);
      return "redirect:/operator/billing-runs";
    } catch (BusinessRuleViolation refused) {
      FormErrors.reject(result, refused, Map.of("*", "mpnId"));
      return page(operator, null, ListPage.FIRST, model);
    }
  }

  /**
   * "Run all due billing now": queues every due partner and returns at once; the workers of every
   * node bill them.
   */
  @PostMapping("/queue")
  String queueAllDue(@CurrentUser OperatorPrincipal operator, RedirectAttributes redirect) {
    int queued =
        billingRuns.enqueueDue(LocalDate.ofInstant(clock.instant(), CHINA), operator.actor());
    redirect.addFlashAttribute("queued", queued);
    return "redirect:/operator/billing-runs";
  }

  private String page(OperatorPrincipal operator, String status, ListPage page, Model model) {
    // an unknown status shows every run rather than an error: it is only a filter
    BillingRunStatus filter = FilterValues.enumOrNull(BillingRunStatus.class, status);
    model.addAttribute("status", filter);
    model.addAttribute("statuses", BillingRunStatus.values());
    model.addAttribute("runs", billingRuns.runs(filter, ListPaging.page(page), operator.actor()));
    model.addAttribute("waiting", billingRuns.queuedCount(operator.actor()));
    return VIEW;
  }
}
