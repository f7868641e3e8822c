package cn.csp.portal.web.portal;

import cn.csp.portal.web.config.RequestPaths;
import cn.csp.portal.web.config.SupportedLanguage;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the language switcher and the partner's navigation. */
@ControllerAdvice
class NavigationAdvice {

  @ModelAttribute("languages")
  List<SupportedLanguage> languages() {
    return Arrays.asList(SupportedLanguage.values());
  }

  /** The path of this page, so the language switcher can link back to it. */
  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return RequestPaths.withinApplication(request);
  }

  @ModelAttribute("navigation")
  List<PortalSection> navigation() {
    // Only partner users have a portal menu: anonymous visitors (whose token also counts as
    // authenticated) and operators get none.
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !(authentication.getPrincipal() instanceof PartnerUserPrincipal user)) {
      return List.of();
    }
    return Arrays.stream(PortalSection.values())
        .filter(PortalSection::inNavigation)
        .filter(section -> section.isOpenTo(user.getAuthorities()))
        .toList();
  }
}
