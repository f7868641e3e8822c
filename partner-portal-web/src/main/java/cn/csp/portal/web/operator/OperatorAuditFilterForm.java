package cn.csp.portal.web.operator;

import cn.csp.portal.web.form.AuditFilterForm;

/** The operators' audit filters: those of the partners' page, and the partner by MPN ID. */
public class OperatorAuditFilterForm extends AuditFilterForm {

  /** Empty for every partner's entries. */
  private String mpnId;

  public String getMpnId() {
    return mpnId;
  }

  public void setMpnId(String mpnId) {
    this.mpnId = mpnId;
  }
}
