package cn.csp.portal.web.operator;

import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The 21Vianet operator console: sign-in and the program overview. */
@Controller
class OperatorConsoleController {

  static final String LOGIN_VIEW = "operator/login";
  static final String HOME_VIEW = "operator/home";

  private final PartnerAccounts partners;

  OperatorConsoleController(PartnerAccounts partners) {
    this.partners = partners;
  }

  @GetMapping("/operator/login")
  String login(@CurrentUser OperatorPrincipal operator) {
    return operator != null ? "redirect:/operator" : LOGIN_VIEW;
  }

  @GetMapping("/operator")
  String home(@CurrentUser OperatorPrincipal operator, Model model) {
    model.addAttribute("operator", operator);
    model.addAttribute("partnersByStatus", partners.countPartnersByStatus());
    return HOME_VIEW;
  }
}
