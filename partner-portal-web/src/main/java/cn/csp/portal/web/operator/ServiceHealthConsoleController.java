package cn.csp.portal.web.operator;

import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.ServiceHealth;
import cn.csp.portal.subscription.ServiceHealthStatus;
import cn.csp.portal.subscription.ServiceIncidentKind;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.form.ListPage;
import cn.csp.portal.web.form.ListPaging;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 21Vianet's service health reporting (spec 2.25): every service's health now, posting an incident
 * or advisory, and per incident its messages, a new message and its end. Partners' agents and
 * customer admins read what is posted here.
 */
@Controller
@RequestMapping("/operator/service-health")
class ServiceHealthConsoleController {

  static final String OVERVIEW_VIEW = "operator/service-health";
  static final String INCIDENT_VIEW = "operator/service-incident";

  /** Where the shared health fragments link an incident's title to. */
  static final String INCIDENT_LINK_BASE = "/operator/service-health/incidents/";

  private static final Set<CloudService> ALL_SERVICES = EnumSet.allOf(CloudService.class);

  private final ServiceHealth health;
  private final SmartValidator validator;
  private final Clock clock;

  ServiceHealthConsoleController(ServiceHealth health, SmartValidator validator, Clock clock) {
    this.health = health;
    this.validator = validator;
    this.clock = clock;
  }

  @GetMapping
  String overview(ListPage page, Model model) {
    IncidentForm form = new IncidentForm();
    form.setStartTime(
        LocalDateTime.ofInstant(clock.instant(), AuditQuery.ZONE).truncatedTo(ChronoUnit.MINUTES));
    model.addAttribute("incident", form);
    return overviewPage(page, model);
  }

  @PostMapping("/incidents")
  String post(
      @CurrentUser OperatorPrincipal operator,
      @ModelAttribute("incident") IncidentForm form,
      BindingResult result,
      ListPage page,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      validator.validate(form.toCommand(), result);
    }
    if (!result.hasErrors()) {
      try {
        UUID id = health.post(form.toCommand(), operator.actor());
        Flash.success(redirect, "serviceHealth.console.posted");
        return "redirect:" + INCIDENT_LINK_BASE + id;
      } catch (BusinessRuleViolation refused) {
        FormErrors.reject(result, refused);
      }
    }
    return overviewPage(page, model);
  }

  @GetMapping("/incidents/{incidentId}")
  String incident(@PathVariable UUID incidentId, Model model) {
    return incidentPage(incidentId, model);
  }

  @PostMapping("/incidents/{incidentId}/updates")
  String addUpdate(
      @PathVariable UUID incidentId,
      @CurrentUser OperatorPrincipal operator,
      @ModelAttribute("update") IncidentUpdateForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      validator.validate(form.toCommand(), result);
    }
    return change(
        incidentId,
        result,
        model,
        redirect,
        "serviceHealth.console.updated",
        () -> health.addUpdate(incidentId, form.toCommand(), operator.actor()));
  }

  @PostMapping("/incidents/{incidentId}/end")
  String end(
      @PathVariable UUID incidentId,
      @CurrentUser OperatorPrincipal operator,
      @Valid @ModelAttribute("ending") IncidentEndForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return change(
        incidentId,
        result,
        model,
        redirect,
        "serviceHealth.console.ended",
        () -> health.end(incidentId, form.getMessage(), operator.actor()));
  }

  /** Applies a valid change and redirects, or shows the incident again with what was wrong. */
  private String change(
      UUID incidentId,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      String doneMessageKey,
      Runnable change) {
    if (!result.hasErrors()) {
      try {
        change.run();
        Flash.success(redirect, doneMessageKey);
        return "redirect:" + INCIDENT_LINK_BASE + incidentId;
      } catch (NotFound unknown) {
        throw unknown;
      } catch (BusinessRuleViolation refused) {
        // e.g. another operator ended the incident meanwhile
        FormErrors.reject(result, refused);
      }
    }
    return incidentPage(incidentId, model);
  }

  private String overviewPage(ListPage page, Model model) {
    model.addAttribute("summaries", health.currentHealth(ALL_SERVICES));
    model.addAttribute("history", health.history(ALL_SERVICES, ListPaging.page(page)));
    model.addAttribute("incidentLinkBase", INCIDENT_LINK_BASE);
    model.addAttribute("services", CloudService.values());
    model.addAttribute("kinds", ServiceIncidentKind.values());
    // a new incident reports a problem: "normal" is for later messages
    model.addAttribute(
        "statuses", EnumSet.complementOf(EnumSet.of(ServiceHealthStatus.NORMAL)).stream().toList());
    return OVERVIEW_VIEW;
  }

  /** The incident; a form that failed keeps its input and errors, the other starts empty. */
  private String incidentPage(UUID incidentId, Model model) {
    model.addAttribute(
        "serviceIncident",
        health.find(incidentId).orElseThrow(() -> new NotFound("serviceHealth.incident.notFound")));
    model.addAttribute("statuses", ServiceHealthStatus.values());
    if (!model.containsAttribute("update")) {
      model.addAttribute("update", new IncidentUpdateForm());
    }
    if (!model.containsAttribute("ending")) {
      model.addAttribute("ending", new IncidentEndForm());
    }
    return INCIDENT_VIEW;
  }
}
