package cn.csp.portal.web.error;

import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.RolePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 403 page partners asked for (spec section 8): it names the permission that is missing and the
 * roles that grant it, instead of a bare "access denied".
 */
final class ForbiddenPage {

  static final String VIEW = "forbidden";

  private ForbiddenPage() {}

  static ModelAndView of(Collection<Permission> anyOf) {
    ModelAndView page = new ModelAndView(VIEW, HttpStatus.FORBIDDEN);
    page.addObject("status", HttpStatus.FORBIDDEN.value());
    page.addObject("missingPermissions", List.copyOf(anyOf));
    page.addObject("grantingRoles", rolesGranting(anyOf));
    return page;
  }

  /** Message keys of the single roles that grant one of the permissions. */
  private static List<String> rolesGranting(Collection<Permission> anyOf) {
    List<String> roles = new ArrayList<>();
    for (AgentRole agent : AgentRole.values()) {
      if (agent != AgentRole.NONE && grants(RolePermissions.of(agent, AdminRole.NO_ADMIN), anyOf)) {
        roles.add("role.agent." + agent.name());
      }
    }
    for (AdminRole admin : AdminRole.values()) {
      if (admin != AdminRole.NO_ADMIN && grants(RolePermissions.of(AgentRole.NONE, admin), anyOf)) {
        roles.add("role.admin." + admin.name());
      }
    }
    return roles;
  }

  private static boolean grants(Collection<Permission> granted, Collection<Permission> anyOf) {
    return anyOf.stream().anyMatch(granted::contains);
  }
}
