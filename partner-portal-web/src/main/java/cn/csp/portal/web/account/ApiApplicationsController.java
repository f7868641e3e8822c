package cn.csp.portal.web.account;

import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiAccess.IssuedClientSecret;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account settings > App management (issue 8): the partner's API applications for the {@code /v1}
 * API. A client secret is shown once, right after registering or rotating, and then only its hash
 * exists. Needs {@link Permission#API_MANAGE} (global admins).
 */
@Controller
@RequestMapping("/account/apps")
@RequiresPermission(Permission.API_MANAGE)
class ApiApplicationsController {

  static final String LIST_VIEW = "account/apps";

  private final ApiAccess access;

  ApiApplicationsController(ApiAccess access) {
    this.access = access;
  }

  /** The list, with a secret just issued on top; no-store, as the page may carry a secret. */
  @GetMapping
  String list(@CurrentUser PartnerUserPrincipal user, Model model, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    if (!model.containsAttribute("application")) {
      model.addAttribute("application", new ApiApplicationForm());
    }
    return list(user, model);
  }

  @PostMapping
  String register(
      @CurrentUser PartnerUserPrincipal user,
      @Valid @ModelAttribute("application") ApiApplicationForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.attempt(
            result,
            Map.of(),
            () -> access.registerApplication(user.partnerId(), form.getDisplayName(), user.actor()))
        .map(issued -> issued(redirect, issued, "api.access.apps.registered"))
        .orElseGet(() -> list(user, model));
  }

  @PostMapping("/{applicationId}/rotate")
  String rotate(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID applicationId,
      RedirectAttributes redirect) {
    application(user, applicationId);
    IssuedClientSecret issued = access.rotateSecret(user.partnerId(), applicationId, user.actor());
    return issued(redirect, issued, "api.access.apps.rotated");
  }

  @PostMapping("/{applicationId}/revoke")
  String revoke(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID applicationId,
      @RequestParam(defaultValue = "false") boolean confirm,
      RedirectAttributes redirect) {
    application(user, applicationId);
    if (!confirm) {
      redirect.addFlashAttribute("errorKey", "api.access.apps.revoke.confirmRequired");
    } else {
      access.revokeApplication(user.partnerId(), applicationId, user.actor());
      redirect.addFlashAttribute("doneKey", "api.access.apps.revoked");
    }
    return "redirect:/account/apps";
  }

  private String list(PartnerUserPrincipal user, Model model) {
    model.addAttribute("applications", access.applications(user.partnerId()));
    return LIST_VIEW;
  }

  /** Shown once on the next page, then gone: only a hash is stored. */
  private static String issued(
      RedirectAttributes redirect, IssuedClientSecret issued, String doneKey) {
    redirect.addFlashAttribute("issued", issued);
    redirect.addFlashAttribute("doneKey", doneKey);
    return "redirect:/account/apps";
  }

  /** Another partner's application, or none, is not found (404), before anything is changed. */
  private void application(PartnerUserPrincipal user, UUID applicationId) {
    access
        .findApplication(user.partnerId(), applicationId)
        .orElseThrow(() -> new NotFound("api.access.app.notFound"));
  }
}
