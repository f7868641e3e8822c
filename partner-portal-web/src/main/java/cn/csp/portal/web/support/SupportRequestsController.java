package cn.csp.portal.web.support;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerSearch;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.ServiceHealth;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.support.SupportCategory;
import cn.csp.portal.support.SupportContact;
import cn.csp.portal.support.SupportRequestFilter;
import cn.csp.portal.support.SupportRequestSummary;
import cn.csp.portal.support.SupportRequests;
import cn.csp.portal.support.SupportScope;
import cn.csp.portal.support.SupportSeverity;
import cn.csp.portal.support.SupportStatus;
import cn.csp.portal.web.form.EnumFilters;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dashboard > Support requests (spec 2.30, 2.34, 2.35): the partner's requests to 21Vianet, new
 * Partner Center requests, new requests on behalf of a customer (customer, then service with its
 * current health, then the form), and each request's conversation. Sales agents reach none of it;
 * the support module decides which requests each user sees.
 */
@Controller
class SupportRequestsController {

  static final String LIST = "support/requests";
  static final String NEW = "support/new";
  static final String PICK_CUSTOMER = "support/customers";
  static final String PICK_SERVICE = "support/services";
  static final String DETAILS = "support/request";

  private final SupportRequests requests;
  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;
  private final ServiceHealth serviceHealth;
  private final Clock clock;

  SupportRequestsController(
      SupportRequests requests,
      CustomerDirectory customers,
      Subscriptions subscriptions,
      ServiceHealth serviceHealth,
      Clock clock) {
    this.requests = requests;
    this.customers = customers;
    this.subscriptions = subscriptions;
    this.serviceHealth = serviceHealth;
    this.clock = clock;
  }

  @GetMapping("/support")
  String list(
      @CurrentUser PartnerUserPrincipal user,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) UUID customer,
      ListPage page,
      Model model) {
    SupportRequestFilter filter =
        new SupportRequestFilter(
            EnumFilters.parse(SupportStatus.class, status),
            EnumFilters.parse(SupportSeverity.class, severity),
            EnumFilters.parse(SupportCategory.class, category),
            EnumFilters.parse(SupportScope.class, scope),
            customer);
    model.addAttribute("filter", filter);
    model.addAttribute(
        "requests", requests.list(user.partnerId(), filter, ListPaging.page(page), user.actor()));
    model.addAttribute("statuses", SupportStatus.values());
    model.addAttribute("severities", SupportSeverity.values());
    model.addAttribute("categories", SupportCategory.values());
    model.addAttribute("scopes", SupportScope.values());
    model.addAttribute("mayOpenPartnerCenter", user.has(Permission.SUPPORT_PARTNER_REQUEST));
    model.addAttribute("mayOpenForCustomer", user.has(Permission.SUPPORT_CUSTOMER_REQUEST));
    model.addAttribute("now", clock.instant());
    return LIST;
  }

  @RequiresPermission(Permission.SUPPORT_PARTNER_REQUEST)
  @GetMapping("/support/partner-center/new")
  String newPartnerCenterRequest(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("request", prefilled(user));
    return newForm(user, model, null, null);
  }

  @RequiresPermission(Permission.SUPPORT_PARTNER_REQUEST)
  @PostMapping("/support/partner-center/new")
  String openPartnerCenterRequest(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute("request") SupportRequestForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return open(user, form, result, model, redirect, null, null);
  }

  @RequiresPermission(Permission.SUPPORT_CUSTOMER_REQUEST)
  @GetMapping("/support/customers")
  String pickCustomer(
      @CurrentUser PartnerUserPrincipal user,
      @RequestParam(required = false) String q,
      ListPage page,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute(
        "customers",
        customers.search(user.partnerId(), new CustomerSearch(q, null), ListPaging.page(page)));
    return PICK_CUSTOMER;
  }

  /**
   * The customer's services with their current health; with {@code service} chosen, that service's
   * health first, then the form (spec 2.30: the customer may be able to solve it).
   */
  @RequiresPermission(Permission.SUPPORT_CUSTOMER_REQUEST)
  @GetMapping("/support/customers/{customerId}/new")
  String newCustomerRequest(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @RequestParam(required = false) String service,
      Model model) {
    CustomerAccount customer = customer(user, customerId);
    Set<CloudService> services =
        subscriptions.servicesOf(user.partnerId(), customerId, user.actor());
    CloudService chosen = chosen(services, service);
    if (chosen == null) {
      model.addAttribute("customer", customer);
      model.addAttribute("health", serviceHealth.currentHealth(services));
      return PICK_SERVICE;
    }
    model.addAttribute("request", prefilled(user));
    return newForm(user, model, customer, chosen);
  }

  @RequiresPermission(Permission.SUPPORT_CUSTOMER_REQUEST)
  @PostMapping("/support/customers/{customerId}/new")
  String openCustomerRequest(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @RequestParam(required = false) String service,
      @ModelAttribute("request") SupportRequestForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CustomerAccount customer = customer(user, customerId);
    CloudService chosen =
        chosen(subscriptions.servicesOf(user.partnerId(), customerId, user.actor()), service);
    if (chosen == null) {
      return "redirect:/support/customers/" + customerId + "/new";
    }
    return open(user, form, result, model, redirect, customer, chosen);
  }

  @GetMapping("/support/requests/{requestId}")
  String details(
      @CurrentUser PartnerUserPrincipal user, @PathVariable UUID requestId, Model model) {
    if (!model.containsAttribute("note")) {
      model.addAttribute("note", new NoteForm());
    }
    model.addAttribute("request", requests.find(user.partnerId(), requestId, user.actor()));
    model.addAttribute("now", clock.instant());
    return DETAILS;
  }

  @PostMapping("/support/requests/{requestId}/notes")
  String addNote(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID requestId,
      @ModelAttribute("note") NoteForm note,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    boolean added =
        FormErrors.attempt(
            result,
            () ->
                requests.addNote(
                    user.partnerId(),
                    requestId,
                    note.getText(),
                    Uploads.attachments(note.getAttachments()),
                    user.actor()));
    if (added) {
      redirect.addFlashAttribute("success", "support.note.added");
      return "redirect:/support/requests/" + requestId;
    }
    return details(user, requestId, model);
  }

  @PostMapping("/support/requests/{requestId}/close")
  String close(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID requestId,
      RedirectAttributes redirect) {
    requests.close(user.partnerId(), requestId, user.actor());
    redirect.addFlashAttribute("success", "support.request.closedByYou");
    return "redirect:/support/requests/" + requestId;
  }

  @GetMapping("/support/requests/{requestId}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID requestId,
      @PathVariable UUID attachmentId) {
    return Uploads.download(
        requests.attachment(user.partnerId(), requestId, attachmentId, user.actor()));
  }

  private String open(
      PartnerUserPrincipal user,
      SupportRequestForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      CustomerAccount customer,
      CloudService service) {
    Optional<SupportRequestSummary> opened =
        FormErrors.attempt(
            result,
            SupportRequestForm.FIELDS,
            () ->
                requests.open(
                    user.partnerId(),
                    form.toRequest(
                        customer == null ? null : customer.id(),
                        service == null ? null : service.name(),
                        LocaleContextHolder.getLocale().toLanguageTag()),
                    Uploads.attachments(form.getAttachments()),
                    user.actor()));
    if (opened.isPresent()) {
      redirect.addFlashAttribute("opened", opened.get().number());
      return "redirect:/support/requests/" + opened.get().id();
    }
    return newForm(user, model, customer, service);
  }

  private String newForm(
      PartnerUserPrincipal user, Model model, CustomerAccount customer, CloudService service) {
    model.addAttribute("customer", customer);
    model.addAttribute("service", service);
    model.addAttribute(
        "health", service == null ? null : serviceHealth.currentHealth(Set.of(service)));
    model.addAttribute("categories", SupportCategory.values());
    model.addAttribute("severities", SupportSeverity.values());
    if (customer != null) {
      model.addAttribute(
          "subscriptions",
          subscriptions.subscriptionsOf(user.partnerId(), customer.id(), user.actor()));
    }
    return NEW;
  }

  private CustomerAccount customer(PartnerUserPrincipal user, UUID customerId) {
    return customers
        .find(user.partnerId(), customerId)
        .orElseThrow(() -> new NotFound("support.customer.notFound"));
  }

  /** The contact is the signed-in user unless they change it. */
  private static SupportRequestForm prefilled(PartnerUserPrincipal user) {
    SupportRequestForm form = new SupportRequestForm();
    SupportContact contact = UserContacts.of(user.fullName(), user.getUsername());
    form.setContactFirstName(contact.firstName());
    form.setContactLastName(contact.lastName());
    form.setContactEmail(contact.email());
    return form;
  }

  private static CloudService chosen(Set<CloudService> services, String service) {
    return services.stream().filter(s -> s.name().equals(service)).findFirst().orElse(null);
  }

  /** A filter value that is not one of the enum's names shows everything: it is only a filter. */
}
