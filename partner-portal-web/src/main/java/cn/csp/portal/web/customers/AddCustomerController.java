package cn.csp.portal.web.customers;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerDomains;
import cn.csp.portal.customer.NewCustomer;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.partner.RestrictedOperation;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Add customer" wizard (spec 2.17): 1 account info, 2 subscriptions, 3 review ("Update" goes
 * back to step 1 with everything kept), then the confirmation with the customer admin's temporary
 * password, shown once. Each step redirects to the first one not yet done, so a step cannot be
 * skipped by typing its URL.
 */
@Controller
@RequestMapping("/customers")
@RequiresPermission(Permission.CUSTOMER_CREATE)
class AddCustomerController {

  static final String ACCOUNT_INFO_VIEW = "customers/new/account-info";
  static final String SUBSCRIPTIONS_VIEW = "customers/new/subscriptions";
  static final String REVIEW_VIEW = "customers/new/review";
  static final String CREATED_VIEW = "customers/new/created";

  /** The model attribute of step 1's form. */
  static final String FORM = "newCustomer";

  /** The model attribute of step 2's form. */
  static final String SUBSCRIPTIONS_FORM = "subscriptionsForm";

  /** The flash attribute carrying the created customer to the confirmation. */
  static final String CREATED = "created";

  private static final String TO_ACCOUNT_INFO = "redirect:/customers/new";
  private static final String TO_SUBSCRIPTIONS = "redirect:/customers/new/subscriptions";
  private static final String TO_REVIEW = "redirect:/customers/new/review";

  private final CustomerDirectory customers;
  private final PartnerStanding partnerStanding;
  private final AddCustomerWizard wizard;
  private final SmartValidator validator;
  private final OfferChoices offers;
  private final OfferCatalog catalog;
  private final Subscriptions subscriptions;
  private final MessageSource messages;

  AddCustomerController(
      CustomerDirectory customers,
      PartnerStanding partnerStanding,
      AddCustomerWizard wizard,
      SmartValidator validator,
      OfferChoices offers,
      OfferCatalog catalog,
      Subscriptions subscriptions,
      MessageSource messages) {
    this.customers = customers;
    this.partnerStanding = partnerStanding;
    this.wizard = wizard;
    this.validator = validator;
    this.offers = offers;
    this.catalog = catalog;
    this.subscriptions = subscriptions;
    this.messages = messages;
  }

  /** Step 1, empty or as entered before ("Update" on the review comes back here). */
  @GetMapping("/new")
  String accountInfo(@CurrentUser PartnerUserPrincipal user, Model model) {
    // a suspended partner learns it before filling in the form, not after (spec 2.11)
    partnerStanding.requireMayTransact(user.partnerId(), RestrictedOperation.CREATE_CUSTOMER);
    model.addAttribute(FORM, wizard.accountInfoForm());
    return accountInfoView(model);
  }

  @PostMapping("/new")
  String saveAccountInfo(
      @ModelAttribute(FORM) NewCustomerForm form, BindingResult result, Model model) {
    validator.validate(form.toNewCustomer(), result);
    if (!result.hasFieldErrors("domainPrefix")
        && !customers.isDomainAvailable(form.getDomainPrefix())) {
      // checked here already so that a taken domain does not wait for the last step
      result.rejectValue(
          "domainPrefix",
          "customer.domain.taken",
          new Object[] {CustomerDomains.fromPrefix(form.getDomainPrefix())},
          null);
    }
    if (result.hasErrors()) {
      return accountInfoView(model);
    }
    wizard.accountInfo(form);
    return TO_SUBSCRIPTIONS;
  }

  /**
   * Step 2: the subscriptions to order with the customer, one line per offer (pinned offers first).
   * Only users who may manage subscriptions get the choice; for the others it is "none".
   */
  @GetMapping("/new/subscriptions")
  String subscriptions(@CurrentUser PartnerUserPrincipal user, Model model) {
    if (!wizard.hasAccountInfo()) {
      return TO_ACCOUNT_INFO;
    }
    WizardSubscriptionsForm form = new WizardSubscriptionsForm();
    wizard.lines().forEach(line -> form.getQuantities().put(line.offerId(), line.quantity()));
    model.addAttribute(SUBSCRIPTIONS_FORM, form);
    return subscriptionsView(user, model);
  }

  /**
   * Checks each chosen line against the catalog (the offer exists and is no add-on, the licenses
   * are within the offer's limits) now, so that an order refused for its input cannot follow the
   * creation of the customer.
   */
  @PostMapping("/new/subscriptions")
  String confirmSubscriptions(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute(SUBSCRIPTIONS_FORM) WizardSubscriptionsForm form,
      BindingResult result,
      Model model) {
    if (!wizard.hasAccountInfo()) {
      return TO_ACCOUNT_INFO;
    }
    List<AddCustomerWizard.Line> chosen = List.of();
    if (user.has(Permission.SUBSCRIPTION_MANAGE)) {
      chosen = checkLines(form, result);
      if (result.hasErrors()) {
        return subscriptionsView(user, model);
      }
    }
    wizard.confirmSubscriptions(chosen);
    return TO_REVIEW;
  }

  private List<AddCustomerWizard.Line> checkLines(
      WizardSubscriptionsForm form, BindingResult result) {
    Map<String, AddCustomerWizard.Line> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> line : form.getQuantities().entrySet()) {
      String field = "quantities[" + line.getKey() + "]";
      if (line.getValue() == null || result.hasFieldErrors(field)) {
        continue; // nothing chosen, or not a number (already an error)
      }
      Optional<Offer> offer = catalog.find(line.getKey()).filter(o -> !o.addOn());
      if (offer.isEmpty()) {
        result.reject("subscription.order.unknownOffer");
      } else if (!offer.get().allowsQuantity(line.getValue())) {
        result.rejectValue(
            field,
            "subscription.quantity.outOfRange",
            new Object[] {offer.get().minQuantity(), offer.get().maxQuantity()},
            null);
      } else {
        chosen.put(
            offer.get().offerId(),
            new AddCustomerWizard.Line(offer.get().offerId(), offer.get().name(), line.getValue()));
      }
    }
    return List.copyOf(chosen.values());
  }

  /** Step 3: everything entered, with "Update" and "Submit". */
  @GetMapping("/new/review")
  String review(Model model) {
    String missingStep = firstMissingStep();
    if (missingStep != null) {
      return missingStep;
    }
    NewCustomer customer = wizard.accountInfoForm().toNewCustomer();
    model.addAttribute(FORM, customer);
    model.addAttribute("domain", CustomerDomains.fromPrefix(customer.domainPrefix()));
    model.addAttribute("subscriptionLines", wizard.lines());
    return REVIEW_VIEW;
  }

  /**
   * Creates the customer, then orders the subscriptions chosen in step 2. A refusal of the customer
   * (a domain taken in the meantime, a suspended partner) brings step 1 back with the reason next
   * to its field or on top; nothing is created then. The lines were checked against the catalog in
   * step 2; should the order still be refused (no price list for the start date, say), the customer
   * exists and the confirmation says that the subscriptions were not ordered, and why.
   */
  @PostMapping("/new/submit")
  String submit(
      @CurrentUser PartnerUserPrincipal user,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    String missingStep = firstMissingStep();
    if (missingStep != null) {
      return missingStep;
    }
    NewCustomerForm form = wizard.accountInfoForm();
    BindingResult result = new BeanPropertyBindingResult(form, FORM);
    NewCustomer customer = form.toNewCustomer();
    try {
      CreatedCustomer created = customers.createCustomer(user.partnerId(), customer, user.actor());
      NewOrder order = wizard.order();
      List<AddCustomerWizard.Line> lines = wizard.lines();
      wizard.clear();
      // shown once on the next page, then gone: only a hash is stored
      redirect.addFlashAttribute(CREATED, created);
      redirect.addFlashAttribute("companyName", customer.companyName());
      if (order != null) {
        orderFor(user, created, order, lines, locale, redirect);
      }
      return "redirect:/customers/new/created";
    } catch (PermissionDenied | NotFound notAboutTheInput) {
      throw notAboutTheInput;
    } catch (BusinessRuleViolation refused) {
      FormErrors.reject(result, refused);
    }
    model.addAttribute(FORM, form);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
    return accountInfoView(model);
  }

  private void orderFor(
      PartnerUserPrincipal user,
      CreatedCustomer created,
      NewOrder order,
      List<AddCustomerWizard.Line> lines,
      Locale locale,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("subscriptionLines", lines);
    try {
      subscriptions.placeOrder(user.partnerId(), created.customerId(), order, user.actor());
      redirect.addFlashAttribute("ordered", true);
    } catch (BusinessRuleViolation refused) {
      // the customer exists either way; its page offers "Add subscription" to try again
      redirect.addFlashAttribute(
          "orderRefusal",
          messages.getMessage(
              refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
    }
  }

  /** The confirmation with the temporary password. Reloading it shows the password no more. */
  @GetMapping("/new/created")
  String created(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    return CREATED_VIEW;
  }

  /** "Cancel" on any step: the wizard forgets what was entered. */
  @PostMapping("/new/cancel")
  String cancel() {
    wizard.clear();
    return "redirect:/customers";
  }

  /** The domain check while typing (htmx): available, taken or invalid. */
  @GetMapping("/domain-availability")
  String domainAvailability(@RequestParam(required = false) String domainPrefix, Model model) {
    String state;
    if (!CustomerDomains.isValidPrefix(domainPrefix)) {
      state = "invalid";
    } else {
      state = customers.isDomainAvailable(domainPrefix) ? "available" : "taken";
      model.addAttribute("domain", CustomerDomains.fromPrefix(domainPrefix));
    }
    model.addAttribute("availability", state);
    return "customers/fragments :: domain-availability";
  }

  /** The redirect to the first step not yet done, or null when the review may be shown. */
  private String firstMissingStep() {
    if (!wizard.hasAccountInfo()) {
      return TO_ACCOUNT_INFO;
    }
    return wizard.subscriptionsConfirmed() ? null : TO_SUBSCRIPTIONS;
  }

  private String subscriptionsView(PartnerUserPrincipal user, Model model) {
    Map<String, OfferChoices.Choice> choices = new LinkedHashMap<>();
    offers.baseOffersFor(user.partnerId()).forEach(c -> choices.put(c.offer().offerId(), c));
    model.addAttribute("offerChoices", choices);
    model.addAttribute("maySubscribe", user.has(Permission.SUBSCRIPTION_MANAGE));
    return SUBSCRIPTIONS_VIEW;
  }

  private static String accountInfoView(Model model) {
    model.addAttribute("domainSuffix", CustomerDomains.SUFFIX);
    return ACCOUNT_INFO_VIEW;
  }
}
