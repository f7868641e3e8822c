package cn.csp.portal.web.customers;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerSearch;
import cn.csp.portal.customer.CustomerSummary;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customers: the partner's customer list (spec 2.18), searched by company name or domain, sorted
 * and paged on the server, with each row's subscriptions expanding in place.
 */
@Controller
@RequiresPermission(Permission.CUSTOMER_VIEW)
class CustomerListController {

  static final String LIST_VIEW = "customers/list";

  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;

  CustomerListController(CustomerDirectory customers, Subscriptions subscriptions) {
    this.customers = customers;
    this.subscriptions = subscriptions;
  }

  /**
   * The list; an htmx request (the live search) gets only the results, a browser the whole page,
   * from the same URL.
   */
  @GetMapping("/customers")
  String list(
      @CurrentUser PartnerUserPrincipal user,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) UUID reseller,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      ListPage page,
      HttpServletRequest request,
      Model model) {
    CustomerListOrder order = CustomerListOrder.of(sort);
    Page<CustomerSummary> found =
        customers.search(
            user.partnerId(), new CustomerSearch(q, reseller), ListPaging.page(page, order.sort()));
    String customerPages = request.getContextPath() + "/customers/";
    model.addAttribute("customers", found);
    model.addAttribute(
        "rows", found.stream().map(customer -> CustomerRow.of(customer, customerPages)).toList());
    model.addAttribute("q", q);
    model.addAttribute("reseller", reseller);
    model.addAttribute("order", order);
    model.addAttribute("orders", CustomerListOrder.values());
    model.addAttribute("mayCreate", user.has(Permission.CUSTOMER_CREATE));
    model.addAttribute("mayRequestRelationship", user.has(Permission.RELATIONSHIP_REQUEST));
    return htmx != null ? LIST_VIEW + " :: results" : LIST_VIEW;
  }

  /**
   * A row's expansion (htmx): the customer's subscriptions, without prices. The same URL without
   * htmx is the customer's subscriptions page ({@link CustomerSubscriptionsController}).
   */
  @GetMapping(value = "/customers/{customerId}/subscriptions", headers = "HX-Request")
  String subscriptions(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("customer", CustomerPages.customer(customers, user, customerId));
    model.addAttribute(
        "subscriptions", subscriptions.subscriptionsOf(user.partnerId(), customerId, user.actor()));
    // the page and this fragment share the URL: caches must tell them apart
    response.addHeader("Vary", "HX-Request");
    return "customers/fragments :: subscriptions";
  }
}
