package cn.csp.portal.web.account;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.PartnerUserSummary;
import cn.csp.portal.partner.PartnerUsers;
import cn.csp.portal.partner.PartnerUsers.AddedUser;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account settings > User management (spec 2.8). Every handler needs {@link
 * Permission#USER_MANAGE}; what needs more (admin roles, the last global admin) the partner module
 * refuses, and the refusal is shown here. There is deliberately no password reset (spec 2.9).
 */
@Controller
@RequestMapping("/account/users")
@RequiresPermission(Permission.USER_MANAGE)
class UsersController {

  static final String LIST_VIEW = "account/users/list";
  static final String FORM_VIEW = "account/users/new";
  static final String ADDED_VIEW = "account/users/added";
  static final String EDIT_VIEW = "account/users/edit";

  private final PartnerUsers users;
  private final SmartValidator validator;

  UsersController(PartnerUsers users, SmartValidator validator) {
    this.users = users;
    this.validator = validator;
  }

  @GetMapping
  String list(
      @CurrentUser PartnerUserPrincipal user,
      @RequestParam(required = false) String q,
      ListPage page,
      Model model) {
    Page<PartnerUserSummary> found =
        users.list(user.partnerId(), q, ListPaging.page(page, Sort.by("fullName", "email")));
    model.addAttribute("users", found);
    model.addAttribute("q", q);
    return LIST_VIEW;
  }

  @GetMapping("/new")
  String newUser(@CurrentUser PartnerUserPrincipal user, Model model) {
    model.addAttribute("newUser", new UserForm());
    return form(user, model, FORM_VIEW);
  }

  @PostMapping
  String add(
      @CurrentUser PartnerUserPrincipal user,
      @ModelAttribute("newUser") UserForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    validator.validate(form.toCommand(), result);
    if (!result.hasErrors()) {
      try {
        AddedUser added = users.add(user.partnerId(), form.toCommand(), user.actor());
        // shown once on the next page, then gone: only a hash is stored
        redirect.addFlashAttribute("added", added);
        return "redirect:/account/users/added";
      } catch (PermissionDenied denied) {
        throw denied;
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused);
      }
    }
    return form(user, model, FORM_VIEW);
  }

  /** The confirmation with the temporary password. Reloading it shows the password no more. */
  @GetMapping("/added")
  String added(Model model, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    return ADDED_VIEW;
  }

  @GetMapping("/{userId}")
  String edit(@CurrentUser PartnerUserPrincipal user, @PathVariable UUID userId, Model model) {
    PartnerUserSummary member = member(user, userId);
    model.addAttribute("member", member);
    // users holding an admin role are managed only by those who may assign admin roles
    model.addAttribute(
        "manageable",
        user.has(Permission.ADMIN_ROLE_ASSIGN) || member.adminRole() == AdminRole.NO_ADMIN);
    return form(user, model, EDIT_VIEW);
  }

  @PostMapping("/{userId}/roles")
  String changeRoles(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID userId,
      @RequestParam AgentRole agentRole,
      @RequestParam AdminRole adminRole,
      RedirectAttributes redirect) {
    return afterChange(
        userId,
        redirect,
        "user.rolesChanged",
        () -> users.changeRoles(user.partnerId(), userId, agentRole, adminRole, user.actor()));
  }

  @PostMapping("/{userId}/deactivate")
  String deactivate(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID userId,
      RedirectAttributes redirect) {
    return afterChange(
        userId,
        redirect,
        "user.deactivated",
        () -> users.deactivate(user.partnerId(), userId, user.actor()));
  }

  @PostMapping("/{userId}/reactivate")
  String reactivate(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID userId,
      RedirectAttributes redirect) {
    return afterChange(
        userId,
        redirect,
        "user.reactivated",
        () -> users.reactivate(user.partnerId(), userId, user.actor()));
  }

  @PostMapping("/{userId}/delete")
  String delete(
      @CurrentUser PartnerUserPrincipal user,
      @PathVariable UUID userId,
      @RequestParam(defaultValue = "false") boolean confirm,
      RedirectAttributes redirect) {
    member(user, userId);
    if (!confirm) {
      redirect.addFlashAttribute("errorKey", "user.delete.confirmRequired");
      return "redirect:/account/users/" + userId;
    }
    try {
      users.delete(user.partnerId(), userId, user.actor());
    } catch (PermissionDenied | NotFound answeredByTheirOwnPage) {
      throw answeredByTheirOwnPage;
    } catch (BusinessRuleViolation refused) {
      redirect.addFlashAttribute("errorKey", refused.messageKey());
      return "redirect:/account/users/" + userId;
    }
    redirect.addFlashAttribute("doneKey", "user.deleted");
    return "redirect:/account/users";
  }

  /** Runs a change and returns to the user's page with its outcome (or the refusal) shown. */
  private String afterChange(
      UUID userId, RedirectAttributes redirect, String doneKey, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("doneKey", doneKey);
    } catch (PermissionDenied | NotFound answeredByTheirOwnPage) {
      throw answeredByTheirOwnPage;
    } catch (BusinessRuleViolation refused) {
      redirect.addFlashAttribute("errorKey", refused.messageKey());
    }
    return "redirect:/account/users/" + userId;
  }

  private PartnerUserSummary member(PartnerUserPrincipal user, UUID userId) {
    return users.find(user.partnerId(), userId).orElseThrow(() -> new NotFound("user.notFound"));
  }

  /** The role choices; admin roles are offered only to those who may grant them. */
  private static String form(PartnerUserPrincipal user, Model model, String view) {
    model.addAttribute("agentRoles", AgentRole.values());
    List<AdminRole> adminRoles =
        user.has(Permission.ADMIN_ROLE_ASSIGN)
            ? Arrays.asList(AdminRole.values())
            : List.of(AdminRole.NO_ADMIN);
    model.addAttribute("adminRoles", adminRoles);
    model.addAttribute("mayAssignAdminRoles", user.has(Permission.ADMIN_ROLE_ASSIGN));
    return view;
  }
}
