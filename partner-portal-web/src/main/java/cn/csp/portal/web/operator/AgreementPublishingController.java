package cn.csp.portal.web.operator;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.AgreementType;
import cn.csp.portal.partner.Agreements;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The program guide and reseller agreement versions (spec 2.2), and publishing a new one. */
@Controller
@RequestMapping("/operator/agreements")
class AgreementPublishingController {

  static final String VIEW = "operator/agreements";

  private final Agreements agreements;
  private final SmartValidator validator;

  AgreementPublishingController(Agreements agreements, SmartValidator validator) {
    this.agreements = agreements;
    this.validator = validator;
  }

  @GetMapping
  String versions(Model model) {
    model.addAttribute("agreement", new AgreementForm());
    return page(model);
  }

  @PostMapping
  String publish(
      @CurrentUser OperatorPrincipal operator,
      @ModelAttribute("agreement") AgreementForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      validator.validate(form.toCommand(), result);
    }
    if (!result.hasErrors()) {
      try {
        agreements.publish(form.toCommand(), operator.actor());
        Flash.success(redirect, "operator.agreements.published");
        return "redirect:/operator/agreements";
      } catch (BusinessRuleViolation refused) {
        // the one refusal is a version number already used for the document
        FormErrors.reject(result, refused, Map.of("*", "version"));
      }
    }
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("versions", agreements.allVersions());
    model.addAttribute("types", AgreementType.values());
    return VIEW;
  }
}
