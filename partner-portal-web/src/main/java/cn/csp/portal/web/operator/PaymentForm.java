package cn.csp.portal.web.operator;

import cn.csp.portal.billing.NewPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The console's "Record payment" form on an invoice's page. */
public class PaymentForm {

  private BigDecimal amount;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate paidOn;

  private String reference;

  NewPayment toPayment(String invoiceId) {
    return new NewPayment(invoiceId, amount, paidOn, reference);
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public void setPaidOn(LocalDate paidOn) {
    this.paidOn = paidOn;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
