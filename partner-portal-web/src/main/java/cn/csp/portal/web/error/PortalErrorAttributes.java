package cn.csp.portal.web.error;

import cn.csp.portal.web.config.RequestLoggingFilter;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds the request id to every error page and error body, so a user can quote it to support and an
 * engineer can find the matching log lines. Stack traces and exception messages stay out.
 */
@Component
class PortalErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    Object requestId =
        request.getAttribute(
            RequestLoggingFilter.REQUEST_ID_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (requestId != null) {
      attributes.put("requestId", requestId);
    }
    return attributes;
  }
}
