package cn.csp.portal.web.form;

import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.BusinessRuleViolation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The audit log filters both audit pages share (the partners' and the operators'). Which partner's
 * entries are searched is never part of it: the page decides that.
 */
public class AuditFilterForm {

  private String action;
  private String actor;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;

  /**
   * The query for these filters, or empty when the input is not usable (a date that does not parse,
   * a range that ends before it starts); the problem is then on {@code result}.
   *
   * @param partnerId whose entries to search; null for every partner (operators)
   */
  public Optional<AuditQuery> toQuery(UUID partnerId, BindingResult result) {
    if (result.hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new AuditQuery(partnerId, action, actor, from, to));
    } catch (BusinessRuleViolation refused) {
      FormErrors.reject(result, refused);
      return Optional.empty();
    }
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
