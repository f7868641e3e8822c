package cn.csp.portal.web.operator;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The console's "run billing now" form: a partner by MPN ID and one of its billing dates. */
public class BillingRunForm {

  private String mpnId;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate invoiceDate;

  public String getMpnId() {
    return mpnId;
  }

  public void setMpnId(String mpnId) {
    this.mpnId = mpnId;
  }

  public LocalDate getInvoiceDate() {
    return invoiceDate;
  }

  public void setInvoiceDate(LocalDate invoiceDate) {
    this.invoiceDate = invoiceDate;
  }
}
