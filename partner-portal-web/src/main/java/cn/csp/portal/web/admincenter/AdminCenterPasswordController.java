package cn.csp.portal.web.admincenter;

import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.web.enrollment.PasswordChangeForm;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.AdminCenterSessionFilter;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.CustomerAdminPrincipal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer admin changes their own password; after signing in with the temporary password from
 * the partner's new-customer wizard this is the only page they can reach until they have.
 */
@Controller
class AdminCenterPasswordController {

  static final String VIEW = "admin-center/password";

  private final CustomerAdminAccounts admins;

  AdminCenterPasswordController(CustomerAdminAccounts admins) {
    this.admins = admins;
  }

  @GetMapping(AdminCenterSessionFilter.PASSWORD_PATH)
  String form(@CurrentUser CustomerAdminPrincipal admin, Model model) {
    model.addAttribute("passwordChange", new PasswordChangeForm());
    model.addAttribute("forced", admin.mustChangePassword());
    return VIEW;
  }

  @PostMapping(AdminCenterSessionFilter.PASSWORD_PATH)
  String change(
      @CurrentUser CustomerAdminPrincipal admin,
      @ModelAttribute("passwordChange") PasswordChangeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    form.rejectIfIncomplete(result);
    if (!result.hasErrors()) {
      try {
        admins.changeOwnPassword(admin.adminId(), form.getCurrentPassword(), form.getNewPassword());
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/admin-center";
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused, Map.of("*", "newPassword"));
      }
    }
    model.addAttribute("forced", admin.mustChangePassword());
    return VIEW;
  }
}
