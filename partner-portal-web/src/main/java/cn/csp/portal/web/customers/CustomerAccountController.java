package cn.csp.portal.web.customers;

import static cn.csp.portal.partner.Permission.CUSTOMER_EDIT_BILLING;
import static cn.csp.portal.partner.Permission.CUSTOMER_EDIT_COMPANY;
import static cn.csp.portal.partner.Permission.CUSTOMER_VIEW;

import cn.csp.portal.customer.CompanyDetails;
import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
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
 * A customer's account page (spec 2.19) and its two edits: company details and primary contact,
 * which help desk agents may change, and the billing profile, which they may not. The facade checks
 * both permissions again.
 */
@Controller
@RequestMapping("/customers/{customerId}")
class CustomerAccountController {

  static final String ACCOUNT_VIEW = "customers/account";
  static final String COMPANY_EDIT_VIEW = "customers/company-edit";
  static final String BILLING_EDIT_VIEW = "customers/billing-edit";

  /** The model attribute of both edit forms. */
  static final String FORM = "form";

  /** The flash attribute that makes the account page confirm the change just submitted. */
  static final String SAVED = "saved";

  private final CustomerDirectory customers;
  private final SmartValidator validator;

  CustomerAccountController(CustomerDirectory customers, SmartValidator validator) {
    this.customers = customers;
    this.validator = validator;
  }

  @GetMapping
  @RequiresPermission(CUSTOMER_VIEW)
  String account(
      @CurrentUser PartnerUserPrincipal user, @PathVariable UUID customerId, Model model) {
    model.addAttribute("customer", CustomerPages.customer(customers, user, customerId));
    model.addAttribute("mayEditCompany", user.has(CUSTOMER_EDIT_COMPANY));
    model.addAttribute("mayEditBilling", user.has(CUSTOMER_EDIT_BILLING));
    return ACCOUNT_VIEW;
  }

  @GetMapping("/company")
  @RequiresPermission(CUSTOMER_EDIT_COMPANY)
  String editCompany(
      @CurrentUser PartnerUserPrincipal user, @PathVariable UUID customerId, Model model) {
    var customer = CustomerPages.customer(customers, user, customerId);
    model.addAttribute("customer", customer);
    model.addAttribute(FORM, CompanyDetailsForm.of(customer));
    return COMPANY_EDIT_VIEW;
  }

  @PostMapping("/company")
  @RequiresPermission(CUSTOMER_EDIT_COMPANY)
  String updateCompany(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @ModelAttribute(FORM) CompanyDetailsForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    // the edit page names the customer again if the form comes back with errors
    model.addAttribute("customer", CustomerPages.customer(customers, user, customerId));
    CompanyDetails details = form.toDetails();
    return submit(
        customerId,
        COMPANY_EDIT_VIEW,
        details,
        result,
        redirect,
        () -> customers.updateCompanyDetails(user.partnerId(), customerId, details, user.actor()));
  }

  @GetMapping("/billing")
  @RequiresPermission(CUSTOMER_EDIT_BILLING)
  String editBilling(
      @CurrentUser PartnerUserPrincipal user, @PathVariable UUID customerId, Model model) {
    var customer = CustomerPages.customer(customers, user, customerId);
    model.addAttribute("customer", customer);
    model.addAttribute(FORM, CustomerBillingForm.of(customer.billing()));
    return BILLING_EDIT_VIEW;
  }

  @PostMapping("/billing")
  @RequiresPermission(CUSTOMER_EDIT_BILLING)
  String updateBilling(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID customerId,
      @ModelAttribute(FORM) CustomerBillingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("customer", CustomerPages.customer(customers, user, customerId));
    CustomerBillingProfile billing = form.toProfile();
    return submit(
        customerId,
        BILLING_EDIT_VIEW,
        billing,
        result,
        redirect,
        () -> customers.updateBillingProfile(user.partnerId(), customerId, billing, user.actor()));
  }

  /**
   * Checks the submitted record with its own rules (the facade's), then saves it and returns to the
   * account page; otherwise the form comes back with its errors and nothing is saved.
   */
  private String submit(
      UUID customerId,
      String editView,
      Record submitted,
      BindingResult result,
      RedirectAttributes redirect,
      Runnable update) {
    validator.validate(submitted, result);
    if (result.hasErrors()) {
      return editView;
    }
    try {
      update.run();
    } catch (PermissionDenied | NotFound notAboutTheInput) {
      throw notAboutTheInput; // a 403 or 404 page, not a form error
    } catch (BusinessRuleViolation refused) {
      FormErrors.reject(result, refused);
      return editView;
    }
    redirect.addFlashAttribute(SAVED, true);
    return "redirect:/customers/" + customerId;
  }
}
