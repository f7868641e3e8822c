package cn.csp.portal.web.customers;

import static cn.csp.portal.partner.Permission.CUSTOMER_VIEW;
import static cn.csp.portal.partner.Permission.PRICING_VIEW;
import static cn.csp.portal.partner.Permission.SUBSCRIPTION_MANAGE;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.IndirectPartner;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.PartnershipStatus;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.SubscriptionStatus;
import cn.csp.portal.subscription.SubscriptionSuspensionReason;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.subscription.UpgradeOption;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongFunction;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A subscription's details page (spec 2.21-2.24): every field, its history, and the forms that
 * change it (licenses, nickname, indirect reseller of record, suspend, reactivate, cancel, add-ons)
 * and the upgrade page. The forms are shown only to users with {@code subscription:manage} of the
 * partner of record; the handlers require the permission and the facade checks everything again.
 *
 * <p>Every change carries the version the user saw. When someone else changed the subscription
 * since, or the facade refuses for a reason that belongs to no field, the page comes back with the
 * current data and the reason on top; a refusal about a field comes back next to it.
 */
@Controller
@RequestMapping("/customers/{customerId}/subscriptions/{subscriptionId}")
@RequiresPermission(CUSTOMER_VIEW)
class SubscriptionController {

  static final String DETAILS_VIEW = "customers/subscriptions/details";
  static final String UPGRADE_VIEW = "customers/subscriptions/upgrade";

  /** Spec 2.23: a subscription not reactivated within 60 days of its suspension is deleted. */
  static final int DAYS_UNTIL_DELETION = 60;

  /** The model attribute of the message of a refusal that belongs to no field. */
  static final String REFUSAL = "refusal";

  static final String QUANTITY_FORM = "quantityForm";
  static final String NICKNAME_FORM = "nicknameForm";
  static final String RESELLER_FORM = "resellerForm";
  static final String SUSPEND_FORM = "suspendForm";
  static final String REACTIVATE_FORM = "reactivateForm";
  static final String CANCEL_FORM = "cancelForm";
  static final String ADD_ON_FORM = "addOnForm";
  static final String UPGRADE_FORM = "upgradeForm";

  private static final String STALE = "subscription.changedBySomeoneElse";

  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;
  private final OfferCatalog catalog;
  private final IndirectPartnerships partnerships;
  private final SmartValidator validator;
  private final MessageSource messages;

  SubscriptionController(
      CustomerDirectory customers,
      Subscriptions subscriptions,
      OfferCatalog catalog,
      IndirectPartnerships partnerships,
      SmartValidator validator,
      MessageSource messages) {
    this.customers = customers;
    this.subscriptions = subscriptions;
    this.catalog = catalog;
    this.partnerships = partnerships;
    this.validator = validator;
    this.messages = messages;
  }

  static String path(UUID customerId, UUID subscriptionId) {
    return "/customers/" + customerId + "/subscriptions/" + subscriptionId;
  }

  @GetMapping
  String details(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      Model model) {
    return detailsView(user, customerId, subscriptionId, model);
  }

  @PostMapping("/quantity")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String changeQuantity(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      @ModelAttribute(QUANTITY_FORM) SubscriptionChangeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    requireQuantity(form, result);
    return change(
        new Change(user, customerId, subscriptionId, QUANTITY_FORM, result, model, locale),
        form.getVersion(),
        "subscriptions.quantity.changed",
        redirect,
        version ->
            subscriptions.changeQuantity(
                user.partnerId(),
                customerId,
                subscriptionId,
                form.getQuantity(),
                version,
                user.actor()));
  }

  @PostMapping("/nickname")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String rename(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      @ModelAttribute(NICKNAME_FORM) SubscriptionChangeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return change(
        new Change(user, customerId, subscriptionId, NICKNAME_FORM, result, model, locale),
        form.getVersion(),
        "subscriptions.nickname.changed",
        redirect,
        version ->
            subscriptions.rename(
                user.partnerId(),
                customerId,
                subscriptionId,
                form.getFriendlyName(),
                version,
                user.actor()));
  }

  /** Sets the indirect reseller of record, or removes it when none is chosen. */
  @PostMapping("/reseller")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String setReseller(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      @ModelAttribute(RESELLER_FORM) SubscriptionChangeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return change(
        new Change(user, customerId, subscriptionId, RESELLER_FORM, result, model, locale),
        form.getVersion(),
        form.getResellerMpnId() == null
            ? "subscriptions.reseller.removed"
            : "subscriptions.reseller.changed",
        redirect,
        version ->
            subscriptions.setResellerOfRecord(
                user.partnerId(),
                customerId,
                subscriptionId,
                form.getResellerMpnId(),
                version,
                user.actor()));
  }

  @PostMapping("/suspend")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String suspend(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      @ModelAttribute(SUSPEND_FORM) SubscriptionChangeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return change(
        new Change(user, customerId, subscriptionId, SUSPEND_FORM, result, model, locale),
        form.getVersion(),
        "subscriptions.suspended",
        redirect,
        version ->
            subscriptions.suspend(
                user.partnerId(),
                customerId,
                subscriptionId,
                form.getReason(),
                version,
                user.actor()));
  }

  @PostMapping("/reactivate")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String reactivate(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      @ModelAttribute(REACTIVATE_FORM) SubscriptionChangeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return change(
        new Change(user, customerId, subscriptionId, REACTIVATE_FORM, result, model, locale),
        form.getVersion(),
        "subscriptions.reactivated",
        redirect,
        version ->
            subscriptions.reactivate(
                user.partnerId(), customerId, subscriptionId, version, user.actor()));
  }

  /** Cancels the subscription (and its add-ons) once the user ticked the confirmation. */
  @PostMapping("/cancel")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String cancel(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      @ModelAttribute(CANCEL_FORM) SubscriptionChangeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!form.isConfirm()) {
      result.rejectValue("confirm", "subscriptions.cancel.confirmRequired");
    }
    return change(
        new Change(user, customerId, subscriptionId, CANCEL_FORM, result, model, locale),
        form.getVersion(),
        "subscriptions.cancelled",
        redirect,
        version ->
            subscriptions.cancel(
                user.partnerId(), customerId, subscriptionId, version, user.actor()));
  }

  /** Buys an add-on for this subscription: an order whose line names this one as its parent. */
  @PostMapping("/add-ons")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String buyAddOn(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      @ModelAttribute(ADD_ON_FORM) NewSubscriptionForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!form.hasValidRequestId()) {
      form.renewRequestId();
      result.reject("subscriptions.form.expired");
      return detailsView(user, customerId, subscriptionId, model);
    }
    validator.validate(form.toOrderLine(subscriptionId), result);
    if (form.getQuantity() == null && !result.hasFieldErrors("quantity")) {
      result.rejectValue("quantity", "NotBlank");
    }
    if (!result.hasErrors()) {
      try {
        subscriptions.placeOrder(
            user.partnerId(), customerId, form.toOrder(subscriptionId), user.actor());
        redirect.addFlashAttribute(
            CustomerSubscriptionsController.DONE, "subscriptions.addOn.bought");
        return "redirect:" + path(customerId, subscriptionId);
      } catch (PermissionDenied | NotFound notAboutTheInput) {
        throw notAboutTheInput;
      } catch (BusinessRuleViolation refused) {
        refuse(
            new Change(user, customerId, subscriptionId, ADD_ON_FORM, result, model, locale),
            refused);
      }
    }
    return detailsView(user, customerId, subscriptionId, model);
  }

  /** The upgrade paths of this subscription, each with why it cannot be chosen now (if so). */
  @GetMapping("/upgrade")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String upgradeOptions(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      Model model) {
    return upgradeView(user, customerId, subscriptionId, model);
  }

  @PostMapping("/upgrade")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String upgrade(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      @ModelAttribute(UPGRADE_FORM) SubscriptionChangeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (form.getTargetOfferId() == null) {
      result.rejectValue("targetOfferId", "subscriptions.upgrade.chooseTarget");
    }
    requireQuantity(form, result);
    Long version = form.getVersion();
    Change change =
        new Change(user, customerId, subscriptionId, UPGRADE_FORM, result, model, locale);
    if (version == null) {
      refuse(change, new BusinessRuleViolation(STALE));
    } else if (!result.hasErrors()) {
      try {
        Subscription upgraded =
            subscriptions.upgrade(
                user.partnerId(),
                customerId,
                subscriptionId,
                form.getTargetOfferId(),
                form.getQuantity(),
                version,
                user.actor());
        redirect.addFlashAttribute(CustomerSubscriptionsController.DONE, "subscriptions.upgraded");
        return "redirect:" + path(customerId, upgraded.id());
      } catch (PermissionDenied | NotFound notAboutTheInput) {
        throw notAboutTheInput;
      } catch (BusinessRuleViolation refused) {
        refuse(change, refused);
      }
    }
    return upgradeView(user, customerId, subscriptionId, model);
  }

  // ---- the two pages

  private String detailsView(
      PartnerUserPrincipal user, UUID customerId, UUID subscriptionId, Model model) {
    CustomerAccount customer = CustomerPages.customer(customers, user, customerId);
    Subscription subscription =
        subscriptions.find(user.partnerId(), customerId, subscriptionId, user.actor());
    boolean partnerOfRecord = subscription.partnerId().equals(user.partnerId());
    boolean mayManage =
        user.has(SUBSCRIPTION_MANAGE) && partnerOfRecord && !subscription.status().isFinal();
    boolean showPrices = user.has(PRICING_VIEW) && partnerOfRecord;
    model.addAttribute("customer", customer);
    model.addAttribute("subscription", subscription);
    model.addAttribute("offer", catalog.find(subscription.offerId()).orElse(null));
    model.addAttribute(
        "history",
        subscriptions.historyOf(user.partnerId(), customerId, subscriptionId, user.actor()));
    List<Subscription> all =
        subscriptions.subscriptionsOf(user.partnerId(), customerId, user.actor());
    model.addAttribute(
        "parent",
        subscription.isAddOn()
            ? all.stream()
                .filter(s -> s.id().equals(subscription.parentSubscriptionId()))
                .findFirst()
                .orElse(null)
            : null);
    model.addAttribute(
        "addOns",
        all.stream().filter(s -> subscriptionId.equals(s.parentSubscriptionId())).toList());
    model.addAttribute("partnerOfRecord", partnerOfRecord);
    model.addAttribute("mayManage", mayManage);
    model.addAttribute("showPrices", showPrices);
    if (showPrices) {
      model.addAttribute(
          "unitPrice",
          subscriptions.unitPriceOf(user.partnerId(), customerId, subscriptionId, user.actor()));
    }
    if (subscription.status() == SubscriptionStatus.SUSPENDED
        && subscription.suspendedOn() != null) {
      model.addAttribute("deletionDate", subscription.suspendedOn().plusDays(DAYS_UNTIL_DELETION));
    }
    boolean active = subscription.status() == SubscriptionStatus.ACTIVE;
    List<Offer> addOnOffers =
        mayManage && active && !subscription.isAddOn()
            ? catalog.addOnsOf(subscription.offerId())
            : List.of();
    model.addAttribute("addOnOffers", addOnOffers);
    model.addAttribute(
        "upgradeAvailable",
        mayManage
            && active
            && subscriptions
                .upgradeOptions(user.partnerId(), customerId, subscriptionId, user.actor())
                .stream()
                .anyMatch(UpgradeOption::eligible));
    // only an indirect provider has resellers to name (spec 2.27)
    model.addAttribute("resellers", mayManage ? authorizedResellers(user) : List.of());
    model.addAttribute("suspensionReasons", SubscriptionSuspensionReason.values());
    for (String form :
        List.of(
            QUANTITY_FORM,
            NICKNAME_FORM,
            RESELLER_FORM,
            SUSPEND_FORM,
            REACTIVATE_FORM,
            CANCEL_FORM)) {
      if (!model.containsAttribute(form)) {
        model.addAttribute(form, SubscriptionChangeForm.of(subscription));
      }
    }
    if (!model.containsAttribute(ADD_ON_FORM)) {
      model.addAttribute(ADD_ON_FORM, NewSubscriptionForm.fresh());
    }
    return DETAILS_VIEW;
  }

  private String upgradeView(
      PartnerUserPrincipal user, UUID customerId, UUID subscriptionId, Model model) {
    CustomerAccount customer = CustomerPages.customer(customers, user, customerId);
    Subscription subscription =
        subscriptions.find(user.partnerId(), customerId, subscriptionId, user.actor());
    List<UpgradeOption> options =
        subscriptions.upgradeOptions(user.partnerId(), customerId, subscriptionId, user.actor());
    model.addAttribute("customer", customer);
    model.addAttribute("subscription", subscription);
    model.addAttribute("options", options);
    model.addAttribute(
        "eligible",
        options.stream().filter(UpgradeOption::eligible).map(UpgradeOption::target).toList());
    if (!model.containsAttribute(UPGRADE_FORM)) {
      model.addAttribute(UPGRADE_FORM, SubscriptionChangeForm.of(subscription));
    }
    return UPGRADE_VIEW;
  }

  // ---- changes

  /** One form post: who, which subscription, and the form with its errors. */
  private record Change(
      PartnerUserPrincipal user,
      UUID customerId,
      UUID subscriptionId,
      String formName,
      BindingResult form,
      Model model,
      Locale locale) {}

  /**
   * Runs a change that needs the version the user saw, then shows the subscription with what was
   * done; otherwise the page comes back with the reason.
   */
  private String change(
      Change change,
      Long version,
      String doneKey,
      RedirectAttributes redirect,
      LongFunction<Subscription> action) {
    if (version == null) {
      // only a form not made by this page has no version: treat it as out of date
      refuse(change, new BusinessRuleViolation(STALE));
    } else if (!change.form().hasErrors()) {
      try {
        Subscription changed = action.apply(version);
        redirect.addFlashAttribute(CustomerSubscriptionsController.DONE, doneKey);
        return "redirect:" + path(change.customerId(), changed.id());
      } catch (PermissionDenied | NotFound notAboutTheInput) {
        throw notAboutTheInput;
      } catch (BusinessRuleViolation refused) {
        refuse(change, refused);
      }
    }
    return detailsView(change.user(), change.customerId(), change.subscriptionId(), change.model());
  }

  /**
   * A refusal about one of the form's fields goes next to it; any other (someone else changed the
   * subscription, a suspended partner, a subscription no longer active) goes on top of the page,
   * and the form is shown again with the current data.
   */
  private void refuse(Change change, BusinessRuleViolation refused) {
    String field = refused.field();
    if (field != null && change.form().getFieldType(field) != null) {
      FormErrors.reject(change.form(), refused);
      return;
    }
    change
        .model()
        .addAttribute(
            REFUSAL,
            messages.getMessage(
                refused.messageKey(), refused.arguments(), refused.messageKey(), change.locale()));
    change.model().asMap().remove(change.formName());
    change.model().asMap().remove(BindingResult.MODEL_KEY_PREFIX + change.formName());
  }

  private static void requireQuantity(SubscriptionChangeForm form, BindingResult result) {
    if (form.getQuantity() == null && !result.hasFieldErrors("quantity")) {
      result.rejectValue("quantity", "NotBlank");
    }
  }

  private List<IndirectPartner> authorizedResellers(PartnerUserPrincipal user) {
    return partnerships.resellersOf(user.partnerId()).stream()
        .filter(reseller -> reseller.status() == PartnershipStatus.AUTHORIZED)
        .toList();
  }
}
