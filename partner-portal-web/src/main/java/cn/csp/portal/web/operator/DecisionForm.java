package cn.csp.portal.web.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The decision on an application: an approval needs nothing more, a rejection a reason the
 * applicant is told. Both buttons share it, so a refused approval shows where the decision is made.
 */
public class DecisionForm {

  @NotBlank
  @Size(max = 1000)
  private String reason;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
