package cn.csp.portal.web.customers;

import static cn.csp.portal.partner.Permission.CUSTOMER_VIEW;
import static cn.csp.portal.partner.Permission.PRICING_VIEW;
import static cn.csp.portal.partner.Permission.SUBSCRIPTION_MANAGE;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.partner.RestrictedOperation;
import cn.csp.portal.subscription.PlacedOrder;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
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
 * Customer > Subscriptions (spec 2.20, 2.21): the partner's subscriptions for the customer, add-ons
 * under their base, and "Add subscription". Unit prices are shown only to users who may see prices;
 * for anyone else the page never asks for them.
 */
@Controller
@RequestMapping("/customers/{customerId}/subscriptions")
@RequiresPermission(CUSTOMER_VIEW)
class CustomerSubscriptionsController {

  static final String LIST_VIEW = "customers/subscriptions/list";
  static final String NEW_VIEW = "customers/subscriptions/new";

  /** The model attribute of "Add subscription". */
  static final String FORM = "newSubscription";

  /** A flash attribute: the message key of what was just done, shown once on the next page. */
  static final String DONE = "doneKey";

  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;
  private final OfferChoices offers;
  private final PartnerStanding standing;
  private final SmartValidator validator;

  CustomerSubscriptionsController(
      CustomerDirectory customers,
      Subscriptions subscriptions,
      OfferChoices offers,
      PartnerStanding standing,
      SmartValidator validator) {
    this.customers = customers;
    this.subscriptions = subscriptions;
    this.offers = offers;
    this.standing = standing;
    this.validator = validator;
  }

  /** A subscription in the list, with its unit price for users who may see prices (else null). */
  public record Row(Subscription subscription, BigDecimal unitPrice) {}

  @GetMapping
  String list(@CurrentUser PartnerUserPrincipal user, @PathVariable UUID customerId, Model model) {
    CustomerAccount customer = CustomerPages.customer(customers, user, customerId);
    boolean showPrices = user.has(PRICING_VIEW);
    List<Row> rows =
        subscriptions.subscriptionsOf(user.partnerId(), customerId, user.actor()).stream()
            .map(
                s ->
                    new Row(
                        s,
                        showPrices && s.partnerId().equals(user.partnerId())
                            ? subscriptions.unitPriceOf(
                                user.partnerId(), customerId, s.id(), user.actor())
                            : null))
            .toList();
    model.addAttribute("customer", customer);
    model.addAttribute("rows", rows);
    model.addAttribute("showPrices", showPrices);
    model.addAttribute(
        "showReseller", rows.stream().anyMatch(r -> r.subscription().resellerMpnId() != null));
    model.addAttribute("mayOrder", user.has(SUBSCRIPTION_MANAGE));
    return LIST_VIEW;
  }

  @GetMapping("/new")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String newSubscription(
      @CurrentUser PartnerUserPrincipal user, @PathVariable UUID customerId, Model model) {
    CustomerAccount customer = CustomerPages.customer(customers, user, customerId);
    // a suspended partner learns it before choosing, not after (spec 2.11)
    standing.requireMayTransact(user.partnerId(), RestrictedOperation.CREATE_ORDER);
    model.addAttribute(FORM, NewSubscriptionForm.fresh());
    return newView(user, customer, model);
  }

  /**
   * Places the order and shows the new subscription. Bad input comes back next to its field and
   * nothing is ordered; the same form submitted again shows the subscription of the first order.
   */
  @PostMapping("/new")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  String order(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @ModelAttribute(FORM) NewSubscriptionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CustomerAccount customer = CustomerPages.customer(customers, user, customerId);
    if (!form.hasValidRequestId()) {
      form.renewRequestId();
      result.reject("subscriptions.form.expired");
      return newView(user, customer, model);
    }
    validator.validate(form.toOrderLine(null), result);
    if (form.getQuantity() == null && !result.hasFieldErrors("quantity")) {
      result.rejectValue("quantity", "NotBlank");
    }
    if (result.hasErrors()) {
      return newView(user, customer, model);
    }
    try {
      PlacedOrder placed =
          subscriptions.placeOrder(user.partnerId(), customerId, form.toOrder(null), user.actor());
      redirect.addFlashAttribute(DONE, "subscriptions.ordered");
      return "redirect:"
          + SubscriptionController.path(customerId, placed.lines().get(0).subscriptionId());
    } catch (PermissionDenied | NotFound notAboutTheInput) {
      throw notAboutTheInput;
    } catch (BusinessRuleViolation refused) {
      FormErrors.reject(result, refused);
    }
    return newView(user, customer, model);
  }

  private String newView(PartnerUserPrincipal user, CustomerAccount customer, Model model) {
    model.addAttribute("customer", customer);
    model.addAttribute("offers", offers.baseOffersFor(user.partnerId()));
    return NEW_VIEW;
  }
}
