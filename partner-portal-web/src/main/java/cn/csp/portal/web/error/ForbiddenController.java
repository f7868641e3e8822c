package cn.csp.portal.web.error;

import cn.csp.portal.web.portal.PortalSection;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the partner portal's access-denied handler forwards a refused request: the page names the
 * permissions of the section the user tried to enter.
 */
@Controller
class ForbiddenController {

  static final String PATH = "/forbidden";

  @RequestMapping(PATH)
  ModelAndView forbidden(HttpServletRequest request) {
    Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwardedFrom instanceof String s ? s : request.getRequestURI();
    String path = uri.substring(request.getContextPath().length());
    return ForbiddenPage.of(
        Arrays.stream(PortalSection.values())
            .filter(section -> path.equals(section.path()) || path.startsWith(section.path() + "/"))
            .findFirst()
            .map(PortalSection::permissions)
            .orElse(List.of()));
  }
}
