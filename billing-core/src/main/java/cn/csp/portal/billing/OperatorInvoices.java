package cn.csp.portal.billing;

import cn.csp.portal.kernel.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Every partner's invoices, for 21Vianet's operators (and the system) only. */
public interface OperatorInvoices {

  /** The invoices that match, newest invoice date first. */
  Page<PartnerInvoice> search(InvoiceQuery query, Pageable page, Actor operator);

  /**
   * @throws cn.csp.portal.kernel.NotFound for an unknown invoice
   */
  InvoiceDetails find(String invoiceId, Actor operator);
}
