package cn.csp.portal.web.operator;

import cn.csp.portal.partner.SuspensionReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Suspending a partner; the rules of {@code PartnerStanding#suspend}. */
public class SuspensionForm {

  @NotNull private SuspensionReason reason;

  @NotBlank
  @Size(max = 1000)
  private String note;

  public SuspensionReason getReason() {
    return reason;
  }

  public void setReason(SuspensionReason reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
