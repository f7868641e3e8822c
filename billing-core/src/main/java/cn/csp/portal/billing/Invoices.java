package cn.csp.portal.billing;

import cn.csp.portal.kernel.Actor;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A partner's invoices and their reconciliation files (spec 2.11-2.13). Every method needs {@code
 * billing:view} (sales and help desk agents do not have it); another partner's invoice is not
 * found.
 */
public interface Invoices {

  /** Balance due and the latest invoice, for the Billing page. */
  BillingOverview overview(UUID partnerId, Actor actor);

  /** The partner's invoices that match the filter, newest first. */
  Page<InvoiceSummary> list(UUID partnerId, InvoiceFilter filter, Pageable page, Actor actor);

  /**
   * @throws cn.csp.portal.kernel.NotFound for an unknown invoice or another partner's
   */
  InvoiceDetails find(UUID partnerId, String invoiceId, Actor actor);

  /** The invoice's lines summed by file, section and charge type, in invoice section order. */
  List<InvoiceLineGroup> lineSummary(UUID partnerId, String invoiceId, Actor actor);

  /**
   * Writes the license-based reconciliation file (27 columns, spec 2.13) as CSV (RFC 4180, UTF-8),
   * streaming the lines from the database, with a byte order mark first when {@code excelBom}.
   *
   * @throws cn.csp.portal.kernel.NotFound for an unknown invoice or another partner's, before
   *     anything is written
   */
  void writeLicenseReconciliation(
      UUID partnerId, String invoiceId, Writer out, boolean excelBom, Actor actor)
      throws IOException;

  /** Writes the usage-based reconciliation file (40 columns, spec 2.13); as the license file. */
  void writeUsageReconciliation(
      UUID partnerId, String invoiceId, Writer out, boolean excelBom, Actor actor)
      throws IOException;

  /** The finance charges billed on the invoice (on earlier overdue invoices), in date order. */
  List<FinanceChargeLine> financeCharges(UUID partnerId, String invoiceId, Actor actor);
}
