package cn.csp.portal.billing;

/**
 * Which invoices the operators' list shows; every field is optional.
 *
 * @param text an invoice number (exact, any case), a partner's MPN ID (exact) or part of the
 *     partner's name as issued on the invoice
 * @param overdueOnly only invoices with a balance whose due date has passed
 */
public record InvoiceQuery(String text, InvoiceStatus status, boolean overdueOnly) {

  public static InvoiceQuery all() {
    return new InvoiceQuery(null, null, false);
  }
}
