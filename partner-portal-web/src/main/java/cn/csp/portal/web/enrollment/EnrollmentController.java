package cn.csp.portal.web.enrollment;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AgreementType;
import cn.csp.portal.partner.Agreements;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerEnrollment;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.ClientAddresses;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a signed-in user of a partner that is not yet (or no longer) a program member sees: the
 * enrollment status, the enrollment form (spec 2.3 step 5) and, once approved, the reseller
 * agreement to "Accept and continue" (step 6). {@code PartnerSessionFilter} keeps such users here.
 */
@Controller
class EnrollmentController {

  static final String STATUS_VIEW = "enrollment/status";
  static final String APPLY_VIEW = "enrollment/apply";

  private final PartnerAccounts partners;
  private final PartnerEnrollment enrollment;
  private final Agreements agreements;
  private final SmartValidator validator;

  EnrollmentController(
      PartnerAccounts partners,
      PartnerEnrollment enrollment,
      Agreements agreements,
      SmartValidator validator) {
    this.partners = partners;
    this.enrollment = enrollment;
    this.agreements = agreements;
    this.validator = validator;
  }

  @GetMapping("/enrollment")
  String status(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("partner", partner(user));
    enrollment
        .find(user.partnerId())
        .ifPresent(a -> model.addAttribute("enrollmentApplication", a));
    if (user.partnerStatus() == PartnerStatus.APPROVED_AWAITING_AGREEMENT) {
      agreements
          .current(AgreementType.RESELLER_AGREEMENT)
          .ifPresent(a -> model.addAttribute("agreement", a));
      agreements
          .current(AgreementType.PROGRAM_GUIDE)
          .ifPresent(g -> model.addAttribute("programGuide", g));
    }
    model.addAttribute("mayEnroll", user.has(Permission.PROGRAM_ENROLL));
    return STATUS_VIEW;
  }

  @GetMapping("/enrollment/apply")
  @RequiresPermission(Permission.PROGRAM_ENROLL)
  String applicationForm(@CurrentUser PartnerUserPrincipal user, Model model) {
    PartnerOverview partner = requireMayApply(user);
    ApplicationForm form =
        partners
            .findProfiles(user.partnerId())
            .map(profiles -> ApplicationForm.of(partner.mpnId(), profiles))
            .orElseGet(
                () -> {
                  ApplicationForm fresh = new ApplicationForm();
                  fresh.getLegal().setCompanyName(partner.companyName());
                  return fresh;
                });
    model.addAttribute("applicationForm", form);
    return APPLY_VIEW;
  }

  @PostMapping("/enrollment/apply")
  @RequiresPermission(Permission.PROGRAM_ENROLL)
  String apply(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute("applicationForm") ApplicationForm form,
      BindingResult result) {
    requireMayApply(user);
    validator.validate(form.toCommand(), result);
    if (!result.hasErrors()) {
      try {
        enrollment.submit(user.partnerId(), form.toCommand(), user.actor());
        return "redirect:/enrollment?submitted";
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused, java.util.Map.of("*", "mpnId"));
      }
    }
    return APPLY_VIEW;
  }

  @PostMapping("/enrollment/agreement")
  @RequiresPermission(Permission.PROGRAM_ENROLL)
  String accept(
      @CurrentUser PartnerUserPrincipal user,
      @RequestParam UUID agreementId,
      HttpServletRequest request) {
    agreements.accept(user.partnerId(), agreementId, ClientAddresses.of(request), user.actor());
    return "redirect:/dashboard?welcome";
  }

  private PartnerOverview requireMayApply(PartnerUserPrincipal user) {
    PartnerOverview partner = partner(user);
    if (!EnumSet.of(PartnerStatus.PENDING_ENROLLMENT, PartnerStatus.REJECTED)
        .contains(partner.status())) {
      throw new BusinessRuleViolation("partner.transition.refused");
    }
    return partner;
  }

  private PartnerOverview partner(PartnerUserPrincipal user) {
    return partners
        .findOverview(user.partnerId())
        .orElseThrow(() -> new NotFound("partner.notFound"));
  }
}
