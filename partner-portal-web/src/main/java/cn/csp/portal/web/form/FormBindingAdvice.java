package cn.csp.portal.web.form;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form field is trimmed, and a field left empty binds as null, so "optional" means the same
 * for the browser, the validation rules and the database.
 */
@ControllerAdvice
class FormBindingAdvice {

  @InitBinder
  void trimStrings(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }
}
