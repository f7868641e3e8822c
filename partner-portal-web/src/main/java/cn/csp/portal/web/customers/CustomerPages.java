package cn.csp.portal.web.customers;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What the customer pages share: finding the customer, 404 for ids that are none, the time zone
 * dates are shown in and the choices of a billing profile.
 */
@ControllerAdvice(basePackageClasses = CustomerPages.class)
class CustomerPages {

  static final List<String> CULTURES = List.of("zh-CN", "en-US", "ru-RU");
  static final List<String> LANGUAGES = List.of("zh", "en", "ru");

  /** The partner's customer; one it has no relationship with does not exist for it. */
  static CustomerAccount customer(
      CustomerDirectory customers, PartnerUserPrincipal user, UUID customerId) {
    return customers
        .find(user.partnerId(), customerId)
        .orElseThrow(() -> new NotFound("customer.notFound"));
  }

  /** Dates are shown in China Standard Time, as on the portal's other pages. */
  @ModelAttribute("timeZone")
  String timeZone() {
    return AuditQuery.ZONE.getId();
  }

  /** The cultures a billing profile offers (spec 2.17: e.g. zh-CN), for its select. */
  @ModelAttribute("billingCultures")
  List<String> cultures() {
    return CULTURES;
  }

  /** The languages a billing profile offers (spec 2.17: e.g. zh), for its select. */
  @ModelAttribute("billingLanguages")
  List<String> languages() {
    return LANGUAGES;
  }

  /** {@code /customers/no-such-page} is a page that does not exist, not a bad request. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void notACustomerId(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
