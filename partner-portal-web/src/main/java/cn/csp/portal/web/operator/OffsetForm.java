package cn.csp.portal.web.operator;

import cn.csp.portal.billing.ReconciliationFile;
import java.math.BigDecimal;

/** "Offset a line item": which line of which file, how much (tax included) and why. */
public class OffsetForm {

  private ReconciliationFile file = ReconciliationFile.LICENSE;
  private Integer lineNumber;
  private BigDecimal amount;
  private String reason;

  public ReconciliationFile getFile() {
    return file;
  }

  public void setFile(ReconciliationFile file) {
    this.file = file;
  }

  public Integer getLineNumber() {
    return lineNumber;
  }

  public void setLineNumber(Integer lineNumber) {
    this.lineNumber = lineNumber;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
