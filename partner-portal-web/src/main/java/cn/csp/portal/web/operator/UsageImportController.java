package cn.csp.portal.web.operator;

import cn.csp.portal.billing.UsageCsvFormat;
import cn.csp.portal.billing.UsageImportReport;
import cn.csp.portal.billing.UsageRecords;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Usage records of usage-based subscriptions (spec 2.13, 6.6): operators upload the platform's
 * usage as CSV; the monthly billing run bills it in arrears. An upload is all or nothing, and a
 * refused one shows every bad line.
 */
@Controller
@RequestMapping("/operator/usage")
class UsageImportController {

  static final String VIEW = "operator/usage";

  private final UsageRecords usageRecords;

  UsageImportController(UsageRecords usageRecords) {
    this.usageRecords = usageRecords;
  }

  @GetMapping
  String page(Model model) {
    if (!model.containsAttribute("upload")) {
      model.addAttribute("upload", new UsageUploadForm());
    }
    return page(model, null);
  }

  @PostMapping
  String upload(
      @CurrentUser OperatorPrincipal operator,
      @ModelAttribute("upload") UsageUploadForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (form.getFile() == null || form.getFile().isEmpty()) {
      result.rejectValue("file", "operator.usage.file.required");
      return page(model, null);
    }
    UsageImportReport report;
    try (InputStream csv = form.getFile().getInputStream()) {
      report = usageRecords.importCsv(csv, operator.actor());
    } catch (IOException unreadable) {
      result.rejectValue("file", "operator.usage.file.required");
      return page(model, null);
    } catch (BusinessRuleViolation refused) {
      FormErrors.reject(result, refused, Map.of("*", "file"));
      return page(model, null);
    }
    if (!report.successful()) {
      return page(model, report);
    }
    // after the redirect a reload cannot upload the file again
    redirect.addFlashAttribute("accepted", report.accepted());
    redirect.addFlashAttribute("batchId", report.batchId());
    return "redirect:/operator/usage";
  }

  private static String page(Model model, UsageImportReport refused) {
    model.addAttribute("header", UsageCsvFormat.HEADER);
    model.addAttribute("maxKilobytes", UsageCsvFormat.MAX_BYTES / 1024);
    model.addAttribute("refused", refused);
    return VIEW;
  }
}
