package cn.csp.portal.web.enrollment;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnerUsers;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user changes their own password; after signing in with a temporary password this is
 * the only page they can reach until they have (spec 2.8). Every partner user may use it.
 */
@Controller
class PasswordController {

  static final String VIEW = "enrollment/change-password";

  private final PartnerUsers users;

  PasswordController(PartnerUsers users) {
    this.users = users;
  }

  @GetMapping("/password")
  String form(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("passwordChange", new PasswordChangeForm());
    model.addAttribute("forced", user.mustChangePassword());
    return VIEW;
  }

  @PostMapping("/password")
  String change(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute("passwordChange") PasswordChangeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    form.rejectIfIncomplete(result);
    if (!result.hasErrors()) {
      try {
        users.changeOwnPassword(user.userId(), form.getCurrentPassword(), form.getNewPassword());
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/dashboard";
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused, Map.of("*", "newPassword"));
      }
    }
    model.addAttribute("forced", user.mustChangePassword());
    return VIEW;
  }
}
