package cn.csp.portal.web.portal;

import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages anyone may see: the landing page, the sign-in page and the start of enrollment. */
@Controller
class PublicPagesController {

  static final String LANDING_VIEW = "landing";
  static final String LOGIN_VIEW = "login";
  static final String UPCOMING_VIEW = "public-unavailable";

  @GetMapping("/")
  String landing(@CurrentUser PartnerUserPrincipal user) {
    return user != null ? "redirect:/dashboard" : LANDING_VIEW;
  }

  @GetMapping("/login")
  String login(@CurrentUser PartnerUserPrincipal user) {
    return user != null ? "redirect:/dashboard" : LOGIN_VIEW;
  }

  /** Enrollment arrives with the partner account issue; until then the page says so. */
  @GetMapping({"/enroll", "/enroll/**"})
  String enroll(Model model) {
    return upcoming(model, "enroll");
  }

  /** Self-service password recovery ("Can't access your account?") arrives with enrollment. */
  @GetMapping("/recover")
  String recover(Model model) {
    return upcoming(model, "recover");
  }

  private static String upcoming(Model model, String page) {
    model.addAttribute("titleKey", page + ".title");
    model.addAttribute("bodyKey", page + ".body");
    return UPCOMING_VIEW;
  }
}
