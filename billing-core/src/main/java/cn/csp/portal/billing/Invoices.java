package cn.csp.portal.billing;

import cn.csp.portal.kernel.Actor;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
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
   * The partner's invoices newest first, by keyset: those dated before {@code before} (null: from
   * the newest), skipping {@code skip} of them, at most {@code limit}. A partner has at most one
   * invoice a day, so the invoice date alone orders the list.
   */
  List<InvoiceSummary> listBefore(
      UUID partnerId, LocalDate before, int skip, int limit, Actor actor);

  /** How many invoices the partner has. */
  long count(UUID partnerId, Actor actor);

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

  /**
   * Lines of the license-based reconciliation file, in file order, by keyset: those after line
   * {@code afterLine} (0: from the first), at most {@code limit}. The same query as the CSV file.
   *
   * @throws cn.csp.portal.kernel.NotFound for an unknown invoice or another partner's
   */
  List<LicenseReconLine> licenseLines(
      UUID partnerId, String invoiceId, int afterLine, int limit, Actor actor);

  /** Lines of the usage-based reconciliation file; as {@link #licenseLines}. */
  List<UsageReconLine> usageLines(
      UUID partnerId, String invoiceId, int afterLine, int limit, Actor actor);

  /** The finance charges billed on the invoice (on earlier overdue invoices), in date order. */
  List<FinanceChargeLine> financeCharges(UUID partnerId, String invoiceId, Actor actor);
}
