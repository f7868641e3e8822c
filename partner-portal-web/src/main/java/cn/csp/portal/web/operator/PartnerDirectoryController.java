package cn.csp.portal.web.operator;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.Agreements;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerEnrollment;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
 * The operators' partner directory and a partner's standing in the program: suspension (spec 2.11,
 * 2.15), reinstatement and termination. The partner module refuses illegal transitions.
 */
@Controller
@RequestMapping("/operator/partners")
class PartnerDirectoryController {

  static final String DIRECTORY_VIEW = "operator/partners";
  static final String DETAIL_VIEW = "operator/partner";

  /** Stable paging: by name, and by id among partners of the same name. */
  private static final Sort DIRECTORY_ORDER = Sort.by("companyName", "id");

  private final PartnerAccounts partners;
  private final PartnerEnrollment enrollment;
  private final PartnerStanding standing;
  private final Agreements agreements;

  PartnerDirectoryController(
      PartnerAccounts partners,
      PartnerEnrollment enrollment,
      PartnerStanding standing,
      Agreements agreements) {
    this.partners = partners;
    this.enrollment = enrollment;
    this.standing = standing;
    this.agreements = agreements;
  }

  @GetMapping
  String directory(
      @ModelAttribute("search") PartnerSearchForm search,
      BindingResult result,
      ListPage page,
      Model model) {
    Pageable requested = ListPaging.page(page, DIRECTORY_ORDER);
    Page<PartnerOverview> found =
        result.hasErrors()
            ? Page.empty(requested)
            : partners.searchPartners(search.getStatus(), search.getQuery(), requested);
    model.addAttribute("partners", found);
    model.addAttribute("statuses", PartnerStatus.values());
    return DIRECTORY_VIEW;
  }

  @GetMapping("/{partnerId}")
  String partner(@PathVariable UUID partnerId, Model model) {
    return detailPage(partnerId, model);
  }

  @PostMapping("/{partnerId}/suspend")
  String suspend(
      @PathVariable UUID partnerId,
      @CurrentUser OperatorPrincipal operator,
      @Valid @ModelAttribute("suspension") SuspensionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return change(
        partnerId,
        result,
        model,
        redirect,
        "operator.partner.suspended",
        () -> standing.suspend(partnerId, form.getReason(), form.getNote(), operator.actor()));
  }

  @PostMapping("/{partnerId}/reinstate")
  String reinstate(
      @PathVariable UUID partnerId,
      @CurrentUser OperatorPrincipal operator,
      @Valid @ModelAttribute("reinstatement") StandingNoteForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return change(
        partnerId,
        result,
        model,
        redirect,
        "operator.partner.reinstated",
        () -> standing.reinstate(partnerId, form.getNote(), operator.actor()));
  }

  @PostMapping("/{partnerId}/terminate")
  String terminate(
      @PathVariable UUID partnerId,
      @CurrentUser OperatorPrincipal operator,
      @Valid @ModelAttribute("termination") StandingNoteForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (!form.isConfirmed()) {
      result.rejectValue("confirmed", "operator.partner.terminate.confirmationRequired");
    }
    return change(
        partnerId,
        result,
        model,
        redirect,
        "operator.partner.terminated",
        () -> standing.terminate(partnerId, form.getNote(), operator.actor()));
  }

  /** Applies a valid change and redirects, or shows the page again with what was wrong. */
  private String change(
      UUID partnerId,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      String doneMessageKey,
      Runnable transition) {
    if (!result.hasErrors()) {
      try {
        transition.run();
        Flash.success(redirect, doneMessageKey);
        return "redirect:/operator/partners/" + partnerId;
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused);
      }
    }
    return detailPage(partnerId, model);
  }

  private String detailPage(UUID partnerId, Model model) {
    model.addAttribute(
        "partner",
        partners.findOverview(partnerId).orElseThrow(() -> new NotFound("partner.notFound")));
    partners.findProfiles(partnerId).ifPresent(p -> model.addAttribute("profiles", p));
    enrollment.find(partnerId).ifPresent(a -> model.addAttribute("enrollmentApplication", a));
    model.addAttribute("acceptances", agreements.acceptancesOf(partnerId));
    model.addAttribute("suspensionReasons", SuspensionReason.values());
    if (!model.containsAttribute("suspension")) {
      model.addAttribute("suspension", new SuspensionForm());
    }
    if (!model.containsAttribute("reinstatement")) {
      model.addAttribute("reinstatement", new StandingNoteForm());
    }
    if (!model.containsAttribute("termination")) {
      model.addAttribute("termination", new StandingNoteForm());
    }
    return DETAIL_VIEW;
  }
}
