package cn.csp.portal.web.account;

import static cn.csp.portal.partner.Permission.BILLING_PROFILE_EDIT;
import static cn.csp.portal.partner.Permission.PROFILE_EDIT;
import static cn.csp.portal.partner.Permission.PROFILE_VIEW;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.partner.LegalBusinessProfile;
import cn.csp.portal.partner.OrganizationProfile;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.partner.SupportProfile;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.LegalProfileForm;
import cn.csp.portal.web.form.SupportForm;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner's profiles under Account settings (spec 2.7): each is viewed, then edited through
 * "Update" and "Submit". The partner is always the signed-in user's; the facade checks the edit
 * permissions again.
 */
@Controller
@RequestMapping(ProfilesController.PATH)
class ProfilesController {

  static final String PATH = "/account/profiles";

  /** The model attribute of every edit form. */
  static final String FORM = "form";

  /** The flash attribute that makes a profile page confirm the change just submitted. */
  static final String SAVED = "saved";

  static final String TEMPLATES = "account/profiles/";

  /** The profile pages: each has a view template and, if editable, an edit template. */
  public enum Page {
    LEGAL,
    BILLING,
    ORGANIZATION,
    SUPPORT,
    MPN;

    /** The page's path under {@link ProfilesController#PATH} and its template's name. */
    String segment() {
      return name().toLowerCase(Locale.ROOT);
    }

    String view() {
      return TEMPLATES + segment();
    }

    String editView() {
      return TEMPLATES + segment() + "-edit";
    }

    String redirectToView() {
      return "redirect:" + PATH + "/" + segment();
    }
  }

  private final PartnerAccounts partners;
  private final SmartValidator validator;

  ProfilesController(PartnerAccounts partners, SmartValidator validator) {
    this.partners = partners;
    this.validator = validator;
  }

  @GetMapping
  @RequiresPermission(PROFILE_VIEW)
  String overview() {
    return TEMPLATES + "index";
  }

  @GetMapping("/legal")
  @RequiresPermission(PROFILE_VIEW)
  String legal(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("profile", profiles(user).legal());
    model.addAttribute("mayEdit", user.has(PROFILE_EDIT));
    return Page.LEGAL.view();
  }

  @GetMapping("/legal/edit")
  @RequiresPermission(PROFILE_EDIT)
  String editLegal(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute(FORM, LegalProfileForm.of(profiles(user).legal()));
    return Page.LEGAL.editView();
  }

  @PostMapping("/legal/edit")
  @RequiresPermission(PROFILE_EDIT)
  String updateLegal(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute(FORM) LegalProfileForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    LegalBusinessProfile profile = form.toProfile();
    return submit(
        Page.LEGAL,
        profile,
        result,
        redirect,
        () -> partners.updateLegalProfile(user.partnerId(), profile, user.actor()));
  }

  @GetMapping("/billing")
  @RequiresPermission(PROFILE_VIEW)
  String billing(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("profile", profiles(user).billing());
    model.addAttribute("mayEdit", user.has(BILLING_PROFILE_EDIT));
    return Page.BILLING.view();
  }

  @GetMapping("/billing/edit")
  @RequiresPermission(BILLING_PROFILE_EDIT)
  String editBilling(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute(FORM, BillingProfileForm.of(profiles(user).billing()));
    return Page.BILLING.editView();
  }

  @PostMapping("/billing/edit")
  @RequiresPermission(BILLING_PROFILE_EDIT)
  String updateBilling(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute(FORM) BillingProfileForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    BillingProfile profile = form.toProfile();
    return submit(
        Page.BILLING,
        profile,
        result,
        redirect,
        () -> partners.updateBillingProfile(user.partnerId(), profile, user.actor()));
  }

  @GetMapping("/organization")
  @RequiresPermission(PROFILE_VIEW)
  String organization(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("profile", profiles(user).organization());
    model.addAttribute("mayEdit", user.has(PROFILE_EDIT));
    return Page.ORGANIZATION.view();
  }

  @GetMapping("/organization/edit")
  @RequiresPermission(PROFILE_EDIT)
  String editOrganization(@CurrentUser PartnerUserPrincipal user, Model model) {
    OrganizationProfile current = profiles(user).organization();
    model.addAttribute("profile", current);
    model.addAttribute(FORM, OrganizationProfileForm.of(current));
    return Page.ORGANIZATION.editView();
  }

  @PostMapping("/organization/edit")
  @RequiresPermission(PROFILE_EDIT)
  String updateOrganization(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute(FORM) OrganizationProfileForm form,
      BindingResult result,
      RedirectAttributes redirect,
      Model model) {
    OrganizationProfile current = profiles(user).organization();
    // The edit page shows the tenant and domain again if the form comes back with errors.
    model.addAttribute("profile", current);
    OrganizationProfile profile = form.toProfile(current);
    return submit(
        Page.ORGANIZATION,
        profile,
        result,
        redirect,
        () -> partners.updateOrganizationProfile(user.partnerId(), profile, user.actor()));
  }

  @GetMapping("/support")
  @RequiresPermission(PROFILE_VIEW)
  String support(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("profile", profiles(user).support());
    model.addAttribute("mayEdit", user.has(PROFILE_EDIT));
    return Page.SUPPORT.view();
  }

  @GetMapping("/support/edit")
  @RequiresPermission(PROFILE_EDIT)
  String editSupport(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute(FORM, SupportForm.of(profiles(user).support()));
    return Page.SUPPORT.editView();
  }

  @PostMapping("/support/edit")
  @RequiresPermission(PROFILE_EDIT)
  String updateSupport(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute(FORM) SupportForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    SupportProfile profile = form.toProfile();
    return submit(
        Page.SUPPORT,
        profile,
        result,
        redirect,
        () -> partners.updateSupportProfile(user.partnerId(), profile, user.actor()));
  }

  /** The MPN profile is read-only: the MPN ID was verified at enrollment. */
  @GetMapping("/mpn")
  @RequiresPermission(PROFILE_VIEW)
  String mpn(@CurrentUser PartnerUserPrincipal user, Model model) {
    PartnerOverview partner =
        partners.findOverview(user.partnerId()).orElseThrow(ProfilesController::partnerNotFound);
    model.addAttribute("partner", partner);
    return Page.MPN.view();
  }

  /**
   * Checks the submitted profile with the record's own rules (the facade's), then saves it and
   * redirects to its page; otherwise the form comes back with its errors and nothing is saved.
   */
  private String submit(
      Page page,
      Record profile,
      BindingResult result,
      RedirectAttributes redirect,
      Runnable update) {
    validator.validate(profile, result);
    if (result.hasErrors()) {
      return page.editView();
    }
    try {
      update.run();
    } catch (PermissionDenied | NotFound notAboutTheInput) {
      throw notAboutTheInput; // a 403 or 404 page, not a form error
    } catch (BusinessRuleViolation refused) {
      FormErrors.reject(result, refused);
      return page.editView();
    }
    redirect.addFlashAttribute(SAVED, true);
    return page.redirectToView();
  }

  private PartnerProfiles profiles(PartnerUserPrincipal user) {
    return partners.findProfiles(user.partnerId()).orElseThrow(ProfilesController::partnerNotFound);
  }

  private static NotFound partnerNotFound() {
    return new NotFound("partner.notFound");
  }
}
