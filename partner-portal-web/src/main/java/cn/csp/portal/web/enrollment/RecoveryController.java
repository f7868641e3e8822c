package cn.csp.portal.web.enrollment;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PasswordRecovery;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Can't access your account?" (spec 2.9): ask for a code by sign-in name, then set a new password
 * with it. Both answers read the same whether or not the account exists.
 */
@Controller
class RecoveryController {

  static final String REQUEST_VIEW = "enrollment/recover";
  static final String RESET_VIEW = "enrollment/recover-reset";

  private final PasswordRecovery recovery;

  RecoveryController(PasswordRecovery recovery) {
    this.recovery = recovery;
  }

  @GetMapping("/recover")
  String requestForm() {
    return REQUEST_VIEW;
  }

  @PostMapping("/recover")
  String sendCode(
      @RequestParam(required = false) String signInName,
      HttpServletRequest request,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (signInName == null || signInName.isBlank() || signInName.length() > 254) {
      model.addAttribute("signInNameError", true);
      return REQUEST_VIEW;
    }
    recovery.requestCode(signInName, ClientAddresses.of(request), locale);
    redirect.addAttribute("signInName", signInName.strip());
    return "redirect:/recover/reset";
  }

  @GetMapping("/recover/reset")
  String resetForm(@RequestParam(required = false) String signInName, Model model) {
    ResetForm form = new ResetForm();
    form.setSignInName(signInName);
    model.addAttribute("reset", form);
    return RESET_VIEW;
  }

  @PostMapping("/recover/reset")
  String reset(
      @ModelAttribute("reset") ResetForm form, BindingResult result, HttpServletRequest request) {
    if (form.getSignInName() == null) {
      result.rejectValue("signInName", "NotBlank");
    }
    if (form.getCode() == null) {
      result.rejectValue("code", "NotBlank");
    }
    form.rejectIfMissingOrMismatched(result);
    if (!result.hasErrors()) {
      try {
        recovery.resetPassword(
            form.getSignInName(),
            form.getCode(),
            form.getNewPassword(),
            ClientAddresses.of(request));
        return "redirect:/login?reset";
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused, Map.of("*", "newPassword"));
      }
    }
    return RESET_VIEW;
  }

  /** The second step: sign-in name, the mailed code and the new password twice. */
  public static class ResetForm extends NewPasswordForm {

    private String signInName;
    private String code;

    public String getSignInName() {
      return signInName;
    }

    public void setSignInName(String signInName) {
      this.signInName = signInName;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }
  }
}
