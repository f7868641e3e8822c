package cn.csp.portal.web.operator;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The confirmation a console page shows once after a redirect: a message key. */
final class Flash {

  /** The model attribute {@code operator/fragments :: flash} shows. */
  static final String SUCCESS = "success";

  private Flash() {}

  static void success(RedirectAttributes redirect, String messageKey) {
    redirect.addFlashAttribute(SUCCESS, messageKey);
  }
}
