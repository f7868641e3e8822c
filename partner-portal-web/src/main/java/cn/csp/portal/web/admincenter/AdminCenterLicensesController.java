package cn.csp.portal.web.admincenter;

import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.subscription.LicensePool;
import cn.csp.portal.subscription.Licenses;
import cn.csp.portal.web.security.AdminCenterPrincipal;
import cn.csp.portal.web.security.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Licenses in the admin center (spec 2.22, 2.23): the customer's license-based subscriptions with
 * how many licenses were bought and are assigned, and assigning them to the organization's users on
 * each user's page. Never more than were bought; the subscriptions themselves are the partner's and
 * cannot be changed here.
 */
@Controller
class AdminCenterLicensesController {

  static final String VIEW = "admin-center/licenses";

  /** Flash attributes of the user's page: the subscription's name, or a refusal's text. */
  static final String ASSIGNED = "licenseAssigned";

  static final String UNASSIGNED = "licenseUnassigned";
  static final String REFUSED = "licenseRefused";

  private final Licenses licenses;
  private final CustomerUsers users;
  private final MessageSource messages;

  AdminCenterLicensesController(Licenses licenses, CustomerUsers users, MessageSource messages) {
    this.licenses = licenses;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/admin-center/licenses")
  String licenses(@CurrentUser AdminCenterPrincipal admin, Model model) {
    model.addAttribute("admin", admin);
    model.addAttribute("pools", licenses.poolsOf(admin.customerId(), admin.actor()));
    return VIEW;
  }

  @PostMapping(CustomerUsersController.PATH + "/{userId}/licenses/{subscriptionId}/assign")
  String assign(
      @CurrentUser AdminCenterPrincipal admin,
      @PathVariable UUID userId,
      @PathVariable UUID subscriptionId,
      Locale locale,
      RedirectAttributes redirect) {
    return change(admin, userId, subscriptionId, true, locale, redirect);
  }

  @PostMapping(CustomerUsersController.PATH + "/{userId}/licenses/{subscriptionId}/unassign")
  String unassign(
      @CurrentUser AdminCenterPrincipal admin,
      @PathVariable UUID userId,
      @PathVariable UUID subscriptionId,
      Locale locale,
      RedirectAttributes redirect) {
    return change(admin, userId, subscriptionId, false, locale, redirect);
  }

  /**
   * Assigns or unassigns, then back to the user's page, which says what happened. A user or a
   * subscription that is not the customer's is a 404 page; a refusal (no license left, say) is said
   * on the user's page and changes nothing.
   */
  private String change(
      AdminCenterPrincipal admin,
      UUID userId,
      UUID subscriptionId,
      boolean assign,
      Locale locale,
      RedirectAttributes redirect) {
    users.find(admin.customerId(), userId, admin.actor());
    LicensePool pool =
        licenses.poolsOf(admin.customerId(), admin.actor()).stream()
            .filter(p -> p.subscriptionId().equals(subscriptionId))
            .findFirst()
            .orElseThrow(() -> new NotFound("subscription.notFound"));
    try {
      if (assign) {
        licenses.assign(admin.customerId(), subscriptionId, userId, admin.actor());
      } else {
        licenses.unassign(admin.customerId(), subscriptionId, userId, admin.actor());
      }
      redirect.addFlashAttribute(assign ? ASSIGNED : UNASSIGNED, UserLicenses.nameOf(pool));
    } catch (PermissionDenied denied) {
      throw denied;
    } catch (BusinessRuleViolation refused) {
      // the user and the subscription were found above: even "not found" here is about the
      // license (unassigned twice, say), so it is said on the page
      redirect.addFlashAttribute(
          REFUSED,
          messages.getMessage(
              refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
    }
    return "redirect:" + CustomerUsersController.PATH + "/" + userId;
  }
}
