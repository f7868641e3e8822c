package cn.csp.portal.web.customers;

import static cn.csp.portal.partner.Permission.CUSTOMER_ADMINISTER;
import static cn.csp.portal.partner.Permission.CUSTOMER_VIEW;
import static cn.csp.portal.partner.Permission.SERVICE_HEALTH_VIEW;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.ServiceHealth;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OnBehalfAdministration;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A customer's Service management (spec 2.25, 2.32): the services of the customer's active
 * subscriptions with this partner, their health now, the way to their health history, and
 * "Administer" (AOBO): the customer's admin center, opened as the partner user on the customer's
 * behalf. Administering needs {@code customer:administer-on-behalf} and delegated admin privileges
 * (which the customer may have removed: the page then says so, and the server refuses anyway);
 * service health needs {@code service-health:view}, which sales agents lack.
 */
@Controller
@RequestMapping("/customers/{customerId}")
class ServiceManagementController {

  static final String VIEW = "customers/services/index";
  static final String HEALTH_VIEW = "customers/services/health";

  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;
  private final ServiceHealth health;
  private final OnBehalfAdministration onBehalf;

  ServiceManagementController(
      CustomerDirectory customers,
      Subscriptions subscriptions,
      ServiceHealth health,
      OnBehalfAdministration onBehalf) {
    this.customers = customers;
    this.subscriptions = subscriptions;
    this.health = health;
    this.onBehalf = onBehalf;
  }

  @GetMapping("/services")
  @RequiresPermission(CUSTOMER_VIEW)
  String services(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      // set by the admin center when it ended an on-behalf session (OnBehalfSessionFilter)
      @RequestParam(required = false) String onBehalfEnded,
      Model model) {
    CustomerAccount customer = CustomerPages.customer(customers, user, customerId);
    Set<CloudService> services = servicesOf(user, customerId);
    boolean mayViewHealth = user.has(SERVICE_HEALTH_VIEW);
    model.addAttribute("customer", customer);
    model.addAttribute("services", List.copyOf(services));
    // health only for those who may see it; the rest get the services alone
    model.addAttribute("summaries", mayViewHealth ? health.currentHealth(services) : List.of());
    model.addAttribute("mayViewHealth", mayViewHealth);
    model.addAttribute("mayAdminister", user.has(CUSTOMER_ADMINISTER));
    model.addAttribute("onBehalfEnded", onBehalfEnded != null);
    return VIEW;
  }

  @GetMapping("/services/health")
  @RequiresPermission(SERVICE_HEALTH_VIEW)
  String serviceHealth(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      ListPage page,
      Model model) {
    CustomerAccount customer = CustomerPages.customer(customers, user, customerId);
    Set<CloudService> services = servicesOf(user, customerId);
    model.addAttribute("customer", customer);
    model.addAttribute("summaries", health.currentHealth(services));
    model.addAttribute("history", health.history(services, ListPaging.page(page)));
    return HEALTH_VIEW;
  }

  /**
   * Administer on behalf of the customer: the partner user is signed in to the customer's admin
   * center (next to the portal session, which stays) and taken there. Refused without delegated
   * admin privileges, checked again here whatever the page showed.
   */
  @PostMapping("/administer")
  @RequiresPermission(CUSTOMER_ADMINISTER)
  String administer(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      HttpServletRequest request,
      HttpServletResponse response) {
    onBehalf.start(user, customerId, request, response);
    return "redirect:/admin-center";
  }

  private Set<CloudService> servicesOf(PartnerUserPrincipal user, UUID customerId) {
    return subscriptions.servicesOf(user.partnerId(), customerId, user.actor());
  }
}
