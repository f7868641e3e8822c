package cn.csp.portal.web.operator;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerEnrollment;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 21Vianet's review of enrollment requests (spec 2.3): the queue, and per application the credit
 * check and the decision, after which the applicant is mailed.
 */
@Controller
@RequestMapping("/operator/enrollments")
class EnrollmentReviewController {

  static final String QUEUE_VIEW = "operator/enrollments";
  static final String REVIEW_VIEW = "operator/enrollment-review";

  private final PartnerEnrollment enrollment;
  private final PartnerAccounts partners;

  EnrollmentReviewController(PartnerEnrollment enrollment, PartnerAccounts partners) {
    this.enrollment = enrollment;
    this.partners = partners;
  }

  @GetMapping
  String queue(@RequestParam(defaultValue = "true") boolean awaiting, ListPage page, Model model) {
    model.addAttribute("awaiting", awaiting);
    model.addAttribute("applications", enrollment.queue(awaiting, ListPaging.page(page)));
    return QUEUE_VIEW;
  }

  @GetMapping("/{partnerId}")
  String review(@PathVariable UUID partnerId, Model model) {
    return reviewPage(partnerId, model);
  }

  @PostMapping("/{partnerId}/credit-check")
  String recordCreditCheck(
      @PathVariable UUID partnerId,
      @CurrentUser OperatorPrincipal operator,
      @Valid @ModelAttribute("creditCheck") CreditCheckForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return act(
        partnerId,
        result,
        model,
        redirect,
        "operator.enrollment.creditCheck.recorded",
        () ->
            enrollment.recordCreditCheck(
                partnerId, form.getOutcome(), form.getNote(), operator.actor()));
  }

  /** Takes no input; a refusal (no passed credit check) shows with the decision. */
  @PostMapping("/{partnerId}/approve")
  String approve(
      @PathVariable UUID partnerId,
      @CurrentUser OperatorPrincipal operator,
      @ModelAttribute("decision") DecisionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return act(
        partnerId,
        result,
        model,
        redirect,
        "operator.enrollment.approved",
        () -> enrollment.approve(partnerId, operator.actor()));
  }

  @PostMapping("/{partnerId}/reject")
  String reject(
      @PathVariable UUID partnerId,
      @CurrentUser OperatorPrincipal operator,
      @Valid @ModelAttribute("decision") DecisionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return act(
        partnerId,
        result,
        model,
        redirect,
        "operator.enrollment.rejected",
        () -> enrollment.reject(partnerId, form.getReason(), operator.actor()));
  }

  /** Carries out a valid step and redirects, or shows the page again with what was wrong. */
  private String act(
      UUID partnerId,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      String doneMessageKey,
      Runnable step) {
    if (!result.hasErrors()) {
      try {
        step.run();
        Flash.success(redirect, doneMessageKey);
        return "redirect:/operator/enrollments/" + partnerId;
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused);
      }
    }
    return reviewPage(partnerId, model);
  }

  /** The review page; a form that failed keeps its input and errors, the others start empty. */
  private String reviewPage(UUID partnerId, Model model) {
    model.addAttribute(
        "enrollmentApplication",
        enrollment.find(partnerId).orElseThrow(() -> new NotFound("enrollment.notFound")));
    partners.findProfiles(partnerId).ifPresent(p -> model.addAttribute("profiles", p));
    if (!model.containsAttribute("creditCheck")) {
      model.addAttribute("creditCheck", new CreditCheckForm());
    }
    if (!model.containsAttribute("decision")) {
      model.addAttribute("decision", new DecisionForm());
    }
    return REVIEW_VIEW;
  }
}
