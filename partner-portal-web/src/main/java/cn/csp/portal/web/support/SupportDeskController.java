package cn.csp.portal.web.support;

import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.support.DeskFilter;
import cn.csp.portal.support.SupportCategory;
import cn.csp.portal.support.SupportDesk;
import cn.csp.portal.support.SupportSeverity;
import cn.csp.portal.support.SupportStatus;
import cn.csp.portal.web.form.EnumFilters;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
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
 * The operator console's support desk: every partner's requests, unanswered ones first by SLA due
 * time; a request's page to assign it, reply (or ask for information) and close it.
 */
@Controller
@RequestMapping("/operator/support")
class SupportDeskController {

  static final String QUEUE = "operator/support";
  static final String DETAILS = "operator/support-request";

  private final SupportDesk desk;
  private final OperatorAccounts operators;
  private final Clock clock;

  SupportDeskController(SupportDesk desk, OperatorAccounts operators, Clock clock) {
    this.desk = desk;
    this.operators = operators;
    this.clock = clock;
  }

  @GetMapping
  String queue(
      @CurrentUser OperatorPrincipal operator,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) boolean mine,
      @RequestParam(required = false) boolean unanswered,
      ListPage page,
      Model model) {
    DeskFilter filter =
        new DeskFilter(
            EnumFilters.parse(SupportStatus.class, status),
            EnumFilters.parse(SupportSeverity.class, severity),
            EnumFilters.parse(SupportCategory.class, category),
            q,
            mine ? operator.actor().id() : null,
            unanswered);
    model.addAttribute("filter", filter);
    model.addAttribute("mine", mine);
    model.addAttribute("requests", desk.queue(filter, ListPaging.page(page), operator.actor()));
    model.addAttribute("statuses", SupportStatus.values());
    model.addAttribute("severities", SupportSeverity.values());
    model.addAttribute("categories", SupportCategory.values());
    model.addAttribute("now", clock.instant());
    return QUEUE;
  }

  @GetMapping("/{requestId}")
  String details(
      @CurrentUser OperatorPrincipal operator, @PathVariable UUID requestId, Model model) {
    if (!model.containsAttribute("note")) {
      model.addAttribute("note", new NoteForm());
    }
    model.addAttribute("request", desk.find(requestId, operator.actor()));
    model.addAttribute("operators", operators.operators());
    model.addAttribute("now", clock.instant());
    return DETAILS;
  }

  @PostMapping("/{requestId}/reply")
  String reply(
      @CurrentUser OperatorPrincipal operator,
      @PathVariable UUID requestId,
      @ModelAttribute("note") NoteForm note,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    boolean replied =
        FormErrors.attempt(
            result,
            () ->
                desk.reply(
                    requestId,
                    note.getText(),
                    Uploads.attachments(note.getAttachments()),
                    note.isNeedsInformation(),
                    operator.actor()));
    if (replied) {
      redirect.addFlashAttribute("success", "support.desk.replied");
      return "redirect:/operator/support/" + requestId;
    }
    return details(operator, requestId, model);
  }

  @PostMapping("/{requestId}/assign")
  String assign(
      @CurrentUser OperatorPrincipal operator,
      @PathVariable UUID requestId,
      @RequestParam(required = false) UUID operatorId,
      RedirectAttributes redirect) {
    desk.assign(requestId, operatorId, operator.actor());
    redirect.addFlashAttribute("success", "support.desk.assigned");
    return "redirect:/operator/support/" + requestId;
  }

  @PostMapping("/{requestId}/close")
  String close(
      @CurrentUser OperatorPrincipal operator,
      @PathVariable UUID requestId,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    desk.close(requestId, note, operator.actor());
    redirect.addFlashAttribute("success", "support.desk.closed");
    return "redirect:/operator/support/" + requestId;
  }

  @GetMapping("/{requestId}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(
      @CurrentUser OperatorPrincipal operator,
      @PathVariable UUID requestId,
      @PathVariable UUID attachmentId) {
    return Uploads.download(desk.attachment(requestId, attachmentId, operator.actor()));
  }
}
