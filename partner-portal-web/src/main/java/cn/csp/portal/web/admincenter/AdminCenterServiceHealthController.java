package cn.csp.portal.web.admincenter;

import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.ServiceHealth;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.CustomerAdminPrincipal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin center's service health and message center (spec 2.25): how the customer's services are
 * doing now, the announcements of upcoming updates or interruptions, and the history.
 */
@Controller
class AdminCenterServiceHealthController {

  static final String VIEW = "admin-center/service-health";

  private final ServiceHealth health;

  AdminCenterServiceHealthController(ServiceHealth health) {
    this.health = health;
  }

  @GetMapping("/admin-center/service-health")
  String serviceHealth(@CurrentUser CustomerAdminPrincipal admin, Pageable page, Model model) {
    Set<CloudService> services = servicesShown(admin.customerId());
    model.addAttribute("admin", admin);
    model.addAttribute("summaries", health.currentHealth(services));
    model.addAttribute("history", health.history(services, ListPaging.page(page)));
    return VIEW;
  }

  /**
   * The services whose health the customer sees. For now every service: subscriptions do not exist
   * yet. Once they do, this becomes the services of the customer's active subscriptions (spec 2.25:
   * "for each service in the account"), and nothing else on the page changes.
   */
  private Set<CloudService> servicesShown(UUID customerId) {
    return EnumSet.allOf(CloudService.class);
  }
}
