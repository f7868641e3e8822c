package cn.csp.portal.web.portal;

import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page and the sign-in page; signed-in partner users go to their dashboard. */
@Controller
class PublicPagesController {

  static final String LANDING_VIEW = "landing";
  static final String LOGIN_VIEW = "login";

  @GetMapping("/")
  String landing(@CurrentUser PartnerUserPrincipal user) {
    return user != null ? "redirect:/dashboard" : LANDING_VIEW;
  }

  @GetMapping("/login")
  String login(@CurrentUser PartnerUserPrincipal user) {
    return user != null ? "redirect:/dashboard" : LOGIN_VIEW;
  }
}
