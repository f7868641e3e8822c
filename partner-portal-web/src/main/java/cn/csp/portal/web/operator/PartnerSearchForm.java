package cn.csp.portal.web.operator;

import cn.csp.portal.partner.PartnerStatus;

/** The partner directory's filters: part of the company name or an exact MPN ID, and a status. */
public class PartnerSearchForm {

  private String query;
  private PartnerStatus status;

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public PartnerStatus getStatus() {
    return status;
  }

  public void setStatus(PartnerStatus status) {
    this.status = status;
  }
}
