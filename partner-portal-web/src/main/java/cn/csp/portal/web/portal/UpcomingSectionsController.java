package cn.csp.portal.web.portal;

import cn.csp.portal.web.config.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sections whose pages are still being built show a short "not yet available" page. Access is
 * already decided by {@link PortalSection}, exactly as it will be for the real pages. Each section
 * leaves this list when its own controller arrives.
 */
@Controller
class UpcomingSectionsController {

  static final String VIEW = "section-unavailable";

  @GetMapping("/develop")
  String upcoming(HttpServletRequest request, Model model) {
    String path = RequestPaths.withinApplication(request);
    model.addAttribute(
        "section",
        Arrays.stream(PortalSection.values())
            .filter(section -> section.path().equals(path))
            .findFirst()
            .orElseThrow());
    return VIEW;
  }
}
