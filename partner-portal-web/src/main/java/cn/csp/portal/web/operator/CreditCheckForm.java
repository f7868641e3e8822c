package cn.csp.portal.web.operator;

import cn.csp.portal.partner.CreditCheckOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The result of 21Vianet's credit check of an applicant; the rules of {@code PartnerEnrollment}.
 */
public class CreditCheckForm {

  @NotNull private CreditCheckOutcome outcome;

  @Size(max = 1000)
  private String note;

  public CreditCheckOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(CreditCheckOutcome outcome) {
    this.outcome = outcome;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
