package cn.csp.portal.web.billing;

import cn.csp.portal.billing.InvoiceFilter;
import cn.csp.portal.billing.InvoiceStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The invoice list's filters: invoice dates from and to, and status. The partner is the user's. */
public class InvoiceFilterForm {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;

  private InvoiceStatus status;

  /** The filter, or empty when the input is not usable; the problem is then on {@code result}. */
  Optional<InvoiceFilter> toFilter(BindingResult result) {
    if (result.hasErrors()) {
      return Optional.empty();
    }
    if (from != null && to != null && to.isBefore(from)) {
      result.rejectValue("to", "billing.filter.toBeforeFrom");
      return Optional.empty();
    }
    return Optional.of(new InvoiceFilter(from, to, status));
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

  public InvoiceStatus getStatus() {
    return status;
  }

  public void setStatus(InvoiceStatus status) {
    this.status = status;
  }
}
