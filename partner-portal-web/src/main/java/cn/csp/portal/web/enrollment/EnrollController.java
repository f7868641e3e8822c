package cn.csp.portal.web.enrollment;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.NewPartnerAccount;
import cn.csp.portal.partner.PartnerEnrollment;
import cn.csp.portal.partner.PartnerEnrollment.CreatedAccount;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.ClientAddresses;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public start of enrollment (spec 2.3 steps 1-4): create the Partner Center account whose
 * first user becomes the global admin, then sign in to fill in the enrollment form.
 */
@Controller
class EnrollController {

  static final String VIEW = "enrollment/create-account";

  private final PartnerEnrollment enrollment;
  private final SmartValidator validator;

  EnrollController(PartnerEnrollment enrollment, SmartValidator validator) {
    this.enrollment = enrollment;
    this.validator = validator;
  }

  @GetMapping("/enroll")
  String form(@CurrentUser PartnerUserPrincipal user, Model model) {
    if (user != null) {
      return "redirect:/enrollment";
    }
    model.addAttribute("account", new AccountForm());
    model.addAttribute("accountLanguages", NewPartnerAccount.Language.values());
    return VIEW;
  }

  @PostMapping("/enroll")
  String create(
      @ModelAttribute("account") AccountForm form,
      BindingResult result,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    validator.validate(form.toCommand(), result);
    if (form.getPassword() != null
        && !Objects.equals(form.getPassword(), form.getPasswordConfirmation())) {
      result.rejectValue("passwordConfirmation", "passwordConfirmation.mismatch");
    }
    if (!result.hasErrors()) {
      try {
        CreatedAccount created =
            enrollment.createAccount(form.toCommand(), ClientAddresses.of(request));
        redirect.addFlashAttribute("accountCreated", created.signInName());
        return "redirect:/login";
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused, Map.of("email", "adminEmail", "*", "password"));
      }
    }
    model.addAttribute("accountLanguages", NewPartnerAccount.Language.values());
    return VIEW;
  }
}
