package cn.csp.portal.web.admincenter;

import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.Licenses;
import cn.csp.portal.subscription.ServiceHealth;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.AdminCenterPrincipal;
import cn.csp.portal.web.security.CurrentUser;
import java.util.Set;
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
  private final Licenses licenses;

  AdminCenterServiceHealthController(ServiceHealth health, Licenses licenses) {
    this.health = health;
    this.licenses = licenses;
  }

  @GetMapping("/admin-center/service-health")
  String serviceHealth(@CurrentUser AdminCenterPrincipal admin, ListPage page, Model model) {
    Set<CloudService> services = servicesShown(admin);
    model.addAttribute("admin", admin);
    model.addAttribute("summaries", health.currentHealth(services));
    model.addAttribute("history", health.history(services, ListPaging.page(page)));
    return VIEW;
  }

  /**
   * The services whose health the customer sees: those of its active subscriptions, with every
   * partner (spec 2.25: "for each service in the account").
   */
  private Set<CloudService> servicesShown(AdminCenterPrincipal admin) {
    return licenses.servicesOf(admin.customerId(), admin.actor());
  }
}
