package cn.csp.portal.billing;

import java.time.LocalDate;

/**
 * Which invoices a list shows; every field is optional.
 *
 * @param from invoices dated on or after this day
 * @param to invoices dated on or before this day
 */
public record InvoiceFilter(LocalDate from, LocalDate to, InvoiceStatus status) {

  public static InvoiceFilter all() {
    return new InvoiceFilter(null, null, null);
  }
}
