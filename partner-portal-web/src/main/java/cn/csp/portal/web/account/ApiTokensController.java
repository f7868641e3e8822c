package cn.csp.portal.web.account;

import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiAccess.PersonalApiToken;
import cn.csp.portal.partner.PersonalTokenValidity;
import cn.csp.portal.web.api.ApiTokens;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My API tokens (issue 8): any signed-in partner user's personal tokens for the {@code /v1} API,
 * which act with that user's current permissions. A token is shown once, right after it is created.
 */
@Controller
@RequestMapping(ApiTokensController.PATH)
class ApiTokensController {

  static final String PATH = "/account/api-tokens";
  static final String LIST_VIEW = "account/api-tokens";

  private final ApiAccess access;
  private final ApiTokens tokens;
  private final Clock clock;

  ApiTokensController(ApiAccess access, ApiTokens tokens, Clock clock) {
    this.access = access;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** The list, with a token just created on top; no-store, as the page may carry a token. */
  @GetMapping
  String list(@CurrentUser PartnerUserPrincipal user, Model model, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    if (!model.containsAttribute("token")) {
      model.addAttribute("token", new ApiTokenForm());
    }
    return list(user, model);
  }

  @PostMapping
  String create(
      @CurrentUser PartnerUserPrincipal user,
      @Valid @ModelAttribute("token") ApiTokenForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.attempt(
            result,
            Map.of(),
            () ->
                access.createPersonalToken(
                    user.partnerId(), form.getName(), form.getValidity(), user.actor()))
        .map(
            created -> {
              // shown once on the next page, then gone: only the token's record is stored
              redirect.addFlashAttribute("issuedToken", tokens.personalToken(created));
              redirect.addFlashAttribute("issuedName", created.name());
              redirect.addFlashAttribute("doneKey", "api.access.tokens.created");
              return "redirect:" + PATH;
            })
        .orElseGet(() -> list(user, model));
  }

  @PostMapping("/{tokenId}/revoke")
  String revoke(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID tokenId,
      RedirectAttributes redirect) {
    PersonalApiToken token =
        access
            .findPersonalToken(user.partnerId(), tokenId)
            .filter(t -> t.userId().equals(user.userId()))
            .orElseThrow(() -> new NotFound("api.access.token.notFound"));
    if (token.revokedAt() == null) {
      access.revokePersonalToken(user.partnerId(), tokenId, user.actor());
    }
    redirect.addFlashAttribute("doneKey", "api.access.tokens.revoked");
    return "redirect:" + PATH;
  }

  private String list(PartnerUserPrincipal user, Model model) {
    model.addAttribute("tokens", access.personalTokens(user.partnerId(), user.userId()));
    model.addAttribute("validities", PersonalTokenValidity.values());
    model.addAttribute("now", clock.instant());
    return LIST_VIEW;
  }
}
