package cn.csp.portal.web.operator;

import cn.csp.portal.billing.InvoiceCorrections;
import cn.csp.portal.billing.LineOffset;
import cn.csp.portal.billing.ReconciliationFile;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Corrections of an issued invoice (spec 2.13 "Offset a line item"): the invoice's lines of one
 * file with what is already offset, the offsets so far, and a form to refund part or all of a line.
 * The refund is billed as a credit on the partner's next invoice; the issued invoice never changes.
 */
@Controller
@RequestMapping("/operator/invoices/{invoiceId}/offsets")
class InvoiceOffsetsController {

  static final String VIEW = "operator/invoice-offsets";

  private final InvoiceCorrections corrections;

  InvoiceOffsetsController(InvoiceCorrections corrections) {
    this.corrections = corrections;
  }

  @GetMapping
  String page(
      @CurrentUser OperatorPrincipal operator,
      @PathVariable String invoiceId,
      @RequestParam(defaultValue = "LICENSE") String file,
      ListPage page,
      Model model) {
    ReconciliationFile shown = parseFile(file);
    if (!model.containsAttribute("offset")) {
      OffsetForm form = new OffsetForm();
      form.setFile(shown);
      model.addAttribute("offset", form);
    }
    return page(operator, invoiceId, shown, page, model);
  }

  @PostMapping
  String offset(
      @CurrentUser OperatorPrincipal operator,
      @PathVariable String invoiceId,
      @ModelAttribute("offset") OffsetForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ReconciliationFile file = form.getFile() == null ? ReconciliationFile.LICENSE : form.getFile();
    if (form.getLineNumber() == null && !result.hasFieldErrors("lineNumber")) {
      result.rejectValue("lineNumber", "operator.offsets.lineNumber.required");
    }
    if (form.getAmount() == null && !result.hasFieldErrors("amount")) {
      result.rejectValue("amount", "billing.offset.amountInvalid");
    }
    Optional<LineOffset> done =
        FormErrors.attempt(
            result,
            Map.of(),
            () ->
                corrections.offset(
                    invoiceId,
                    file,
                    form.getLineNumber(),
                    form.getAmount(),
                    form.getReason(),
                    operator.actor()));
    if (done.isPresent()) {
      redirect.addFlashAttribute("recorded", done.get());
      return "redirect:/operator/invoices/{invoiceId}/offsets?file=" + file;
    }
    return page(operator, invoiceId, file, ListPage.FIRST, model);
  }

  private String page(
      OperatorPrincipal operator,
      String invoiceId,
      ReconciliationFile file,
      ListPage page,
      Model model) {
    model.addAttribute("invoiceId", invoiceId);
    model.addAttribute("file", file);
    model.addAttribute("files", ReconciliationFile.values());
    model.addAttribute(
        "lines", corrections.lines(invoiceId, file, ListPaging.page(page), operator.actor()));
    model.addAttribute("offsets", corrections.offsetsOf(invoiceId, operator.actor()));
    return VIEW;
  }

  /** An unknown file shows the license file rather than an error: it is only a tab. */
  private static ReconciliationFile parseFile(String file) {
    try {
      return ReconciliationFile.valueOf(file);
    } catch (IllegalArgumentException unknown) {
      return ReconciliationFile.LICENSE;
    }
  }
}
