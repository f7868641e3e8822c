package cn.csp.portal.web.admincenter;

import cn.csp.portal.web.security.AdminCenterPrincipal;
import cn.csp.portal.web.security.AdminCenterSessionFilter;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OnBehalfAdministration;
import cn.csp.portal.web.security.OnBehalfPrincipal;
import cn.csp.portal.web.security.OnBehalfSessionFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin center's refusals and the partner user's way out of it: what a partner user
 * administering on behalf of a customer may not do (the admin's password, invitations, removing
 * delegated admin privileges) is refused by the security configuration and explained here, and
 * "Exit" returns to the partner portal's customer page with the portal session untouched.
 */
@Controller
class AdminCenterAccessController {

  private final OnBehalfAdministration onBehalf;
  private final MessageSource messages;

  AdminCenterAccessController(OnBehalfAdministration onBehalf, MessageSource messages) {
    this.onBehalf = onBehalf;
    this.messages = messages;
  }

  @RequestMapping(AdminCenterSessionFilter.FORBIDDEN_PATH)
  ModelAndView forbidden(
      @CurrentUser AdminCenterPrincipal admin, Locale locale, HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    String key =
        admin != null && admin.onBehalf()
            ? "admincenter.onBehalf.notAllowed"
            : "admincenter.forbidden";
    ModelAndView page = new ModelAndView(AdminCenterAdvice.ERROR_VIEW, HttpStatus.FORBIDDEN);
    page.addObject("detail", messages.getMessage(key, null, locale));
    return page;
  }

  @PostMapping(OnBehalfSessionFilter.EXIT_PATH)
  String exit(@CurrentUser OnBehalfPrincipal partnerUser, HttpServletRequest request) {
    onBehalf.exit(partnerUser, request);
    return "redirect:/customers/" + partnerUser.customerId();
  }
}
