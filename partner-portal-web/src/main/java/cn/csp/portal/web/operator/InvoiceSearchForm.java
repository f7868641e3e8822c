package cn.csp.portal.web.operator;

import cn.csp.portal.billing.InvoiceQuery;
import cn.csp.portal.billing.InvoiceStatus;
import cn.csp.portal.web.form.FilterValues;

/**
 * The console's invoice search: text (invoice number, MPN ID or partner name), status, overdue
 * only. An unknown status is ignored rather than refused: it is only a filter.
 */
public class InvoiceSearchForm {

  private String q;
  private String status;
  private boolean overdue;

  InvoiceQuery toQuery() {
    return new InvoiceQuery(q, parsedStatus(), overdue);
  }

  /** The status the list is filtered by, or null. */
  public InvoiceStatus parsedStatus() {
    return FilterValues.enumOrNull(InvoiceStatus.class, status);
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }
}
