package cn.csp.portal.web.admincenter;

import cn.csp.portal.customer.CreatedCustomerUser;
import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUserState;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.AdminCenterPrincipal;
import cn.csp.portal.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin center's Users pages (spec 1.2, 2.22): the customer admin (or a partner user
 * administering on the customer's behalf) lists and searches the organization's users with their
 * licenses, adds one (its temporary password shown once), edits, blocks, deletes one and resets its
 * password; a user's page also assigns licenses ({@link AdminCenterLicensesController}). The
 * customer is always the session's own; a user of another customer is not found.
 */
@Controller
@RequestMapping(CustomerUsersController.PATH)
class CustomerUsersController {

  static final String PATH = "/admin-center/users";
  static final String LIST_VIEW = "admin-center/users/list";
  static final String NEW_VIEW = "admin-center/users/new";
  static final String EDIT_VIEW = "admin-center/users/edit";
  static final String PASSWORD_VIEW = "admin-center/users/temporary-password";
  static final String PASSWORD_PATH = PATH + "/temporary-password";

  /** Flash attributes: the one-time password, and the outcome of a change (a message key). */
  static final String ONE_TIME_PASSWORD = "oneTimePassword";

  static final String DONE = "doneKey";

  private final CustomerUsers users;
  private final UserLicenses licenses;
  private final SmartValidator validator;

  CustomerUsersController(CustomerUsers users, UserLicenses licenses, SmartValidator validator) {
    this.users = users;
    this.licenses = licenses;
    this.validator = validator;
  }

  /** The list; an htmx request (the live search) gets only the results. */
  @GetMapping
  String list(
      @CurrentUser AdminCenterPrincipal admin,
      @RequestParam(required = false) String q,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      ListPage page,
      Model model) {
    model.addAttribute(
        "users",
        users.list(
            admin.customerId(),
            q,
            ListPaging.page(page, Sort.by("displayName", "userPrincipalName")),
            admin.actor()));
    model.addAttribute("q", q);
    // for the Licenses column (users/columns.html)
    model.addAttribute("licenseNames", licenses.namesByUser(admin));
    return htmx != null ? LIST_VIEW + " :: results" : LIST_VIEW;
  }

  @GetMapping("/new")
  String newUser(@CurrentUser AdminCenterPrincipal admin, Locale locale, Model model) {
    model.addAttribute("newUser", new NewCustomerUserForm());
    return newForm(admin, locale, model);
  }

  @PostMapping
  String add(
      @CurrentUser AdminCenterPrincipal admin,
      @ModelAttribute("newUser") NewCustomerUserForm form,
      BindingResult result,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    form.inDomain(domainOf(admin));
    validator.validate(form.toCommand(), result);
    if (!result.hasErrors()) {
      try {
        CreatedCustomerUser created =
            users.create(admin.customerId(), form.toCommand(), admin.actor());
        CustomerUser user = created.user();
        // shown once on the next page, then gone: only a hash is stored
        redirect.addFlashAttribute(
            ONE_TIME_PASSWORD,
            new OneTimePassword(
                user.displayName(), user.userPrincipalName(), created.temporaryPassword(), false));
        return "redirect:" + PASSWORD_PATH;
      } catch (NotFound notFound) {
        throw notFound;
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused);
      }
    }
    return newForm(admin, locale, model);
  }

  /** The one-time password of a new user or a reset. Reloading the page shows it no more. */
  @GetMapping("/temporary-password")
  String oneTimePassword(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    return PASSWORD_VIEW;
  }

  @GetMapping("/{userId}")
  String edit(
      @CurrentUser AdminCenterPrincipal admin,
      @PathVariable UUID userId,
      Locale locale,
      Model model) {
    CustomerUser user = users.find(admin.customerId(), userId, admin.actor());
    model.addAttribute("editUser", CustomerUserForm.of(user));
    return editForm(admin, user, locale, model);
  }

  @PostMapping("/{userId}")
  String update(
      @CurrentUser AdminCenterPrincipal admin,
      @PathVariable UUID userId,
      @ModelAttribute("editUser") CustomerUserForm form,
      BindingResult result,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    CustomerUser user = users.find(admin.customerId(), userId, admin.actor());
    validator.validate(form.toUpdate(), result);
    if (!result.hasErrors()) {
      try {
        users.update(admin.customerId(), userId, form.toUpdate(), admin.actor());
        redirect.addFlashAttribute(DONE, "admincenter.users.saved");
        return "redirect:" + PATH + "/" + userId;
      } catch (NotFound notFound) {
        throw notFound;
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused);
      }
    }
    return editForm(admin, user, locale, model);
  }

  @PostMapping("/{userId}/reset-password")
  String resetPassword(
      @CurrentUser AdminCenterPrincipal admin,
      @PathVariable UUID userId,
      RedirectAttributes redirect) {
    CustomerUser user = users.find(admin.customerId(), userId, admin.actor());
    String password = users.resetPassword(admin.customerId(), userId, admin.actor());
    redirect.addFlashAttribute(
        ONE_TIME_PASSWORD,
        new OneTimePassword(user.displayName(), user.userPrincipalName(), password, true));
    return "redirect:" + PASSWORD_PATH;
  }

  @PostMapping("/{userId}/delete")
  String delete(
      @CurrentUser AdminCenterPrincipal admin,
      @PathVariable UUID userId,
      @RequestParam(defaultValue = "false") boolean confirmed,
      RedirectAttributes redirect) {
    CustomerUser user = users.find(admin.customerId(), userId, admin.actor());
    if (!confirmed) {
      redirect.addFlashAttribute("errorKey", "admincenter.users.delete.confirmRequired");
      return "redirect:" + PATH + "/" + userId;
    }
    users.delete(admin.customerId(), userId, admin.actor());
    redirect.addFlashAttribute("deletedUser", user.userPrincipalName());
    return "redirect:" + PATH;
  }

  private String newForm(AdminCenterPrincipal admin, Locale locale, Model model) {
    model.addAttribute("domain", domainOf(admin));
    model.addAttribute("usageLocations", UsageLocations.choices(locale));
    return NEW_VIEW;
  }

  private String editForm(
      AdminCenterPrincipal admin, CustomerUser user, Locale locale, Model model) {
    model.addAttribute("member", user);
    model.addAttribute("userLicenses", licenses.of(admin, user.id()));
    model.addAttribute("states", CustomerUserState.values());
    model.addAttribute("usageLocations", UsageLocations.choices(locale));
    return EDIT_VIEW;
  }

  /** The domain new users get; a customer has one (its initial domain) so far. */
  private String domainOf(AdminCenterPrincipal admin) {
    return users.domainsOf(admin.customerId(), admin.actor()).get(0);
  }
}
