package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.BillingOverview;
import cn.csp.portal.billing.FinanceChargeLine;
import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.InvoiceFilter;
import cn.csp.portal.billing.InvoiceLineGroup;
import cn.csp.portal.billing.InvoiceSections;
import cn.csp.portal.billing.InvoiceStatus;
import cn.csp.portal.billing.InvoiceSummary;
import cn.csp.portal.billing.Invoices;
import cn.csp.portal.billing.LicenseReconLine;
import cn.csp.portal.billing.UsageReconLine;
import cn.csp.portal.billing.internal.OpenInvoices.OpenInvoice;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.Permission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's invoices, read back as issued. Every query names the partner, so another partner's
 * invoice is simply not found. The files stream from the database through a cursor (a read-only
 * transaction and a fetch size), so a file of any length takes constant memory.
 */
@Service
@Transactional(readOnly = true)
class InvoicesService implements Invoices {

  private static final int FETCH_SIZE = 500;

  static final String SUMMARY_COLUMNS =
      "id, partner_id, invoice_date, service_period_start, service_period_end, due_date, total,"
          + " paid_amount, currency, status, license_line_count, usage_line_count";

  /**
   * The reconciliation files' lines in file order after a line number, at most a limit (null: all);
   * the CSV files stream this query, the API pages through it.
   */
  private static final String LICENSE_LINES =
      "select line_number, "
          + ReconciliationCsv.LICENSE_COLUMNS
          + " from license_recon_line where partner_id = ? and invoice_id = ? and line_number > ?"
          + " order by line_number limit ?";

  private static final String USAGE_LINES =
      "select line_number, "
          + ReconciliationCsv.USAGE_COLUMNS
          + " from usage_recon_line where partner_id = ? and invoice_id = ? and line_number > ?"
          + " order by line_number limit ?";

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;
  private final PartnerPermissions permissions;
  private final FinanceCharges financeCharges;
  private final OpenInvoices openInvoices;
  private final PaymentStore payments;
  private final Clock clock;

  InvoicesService(
      JdbcClient jdbc,
      DataSource dataSource,
      PartnerPermissions permissions,
      FinanceCharges financeCharges,
      OpenInvoices openInvoices,
      PaymentStore payments,
      Clock clock) {
    this.jdbc = jdbc;
    this.permissions = permissions;
    this.financeCharges = financeCharges;
    this.openInvoices = openInvoices;
    this.payments = payments;
    this.clock = clock;
    this.streaming = new JdbcTemplate(dataSource);
    // with autocommit off (the transaction), PostgreSQL's driver then reads through a cursor
    this.streaming.setFetchSize(FETCH_SIZE);
  }

  @Override
  public BillingOverview overview(UUID partnerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.BILLING_VIEW);
    record Totals(BigDecimal balance, LocalDate firstInvoiceDate) {}
    Totals totals =
        jdbc.sql(
                "select coalesce(sum(total - paid_amount), 0) as balance,"
                    + " min(invoice_date) as first_invoice_date from invoice"
                    + " where partner_id = :partnerId")
            .param("partnerId", partnerId)
            .query(
                (rs, row) ->
                    new Totals(
                        rs.getBigDecimal("balance"),
                        rs.getObject("first_invoice_date", LocalDate.class)))
            .single();
    InvoiceSummary latest =
        jdbc.sql(
                "select "
                    + SUMMARY_COLUMNS
                    + " from invoice where partner_id = :partnerId"
                    + " order by invoice_date desc limit 1")
            .param("partnerId", partnerId)
            .query(InvoicesService::summary)
            .optional()
            .orElse(null);
    List<OpenInvoice> overdue =
        openInvoices.dueBefore(partnerId, LocalDate.ofInstant(clock.instant(), AuditQuery.ZONE));
    BigDecimal overdueAmount =
        overdue.stream().map(OpenInvoice::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new BillingOverview(
        totals.balance().setScale(2),
        "CNY",
        overdueAmount.setScale(2),
        overdue.isEmpty() ? null : overdue.get(0).dueDate(),
        payments.latest(partnerId).orElse(null),
        latest,
        totals.firstInvoiceDate());
  }

  @Override
  public Page<InvoiceSummary> list(
      UUID partnerId, InvoiceFilter filter, Pageable page, Actor actor) {
    permissions.require(partnerId, actor, Permission.BILLING_VIEW);
    InvoiceFilter f = filter == null ? InvoiceFilter.all() : filter;
    String where =
        " from invoice where partner_id = :partnerId"
            + " and (cast(:from as date) is null or invoice_date >= :from)"
            + " and (cast(:to as date) is null or invoice_date <= :to)"
            + " and (cast(:status as varchar) is null or status = :status)";
    String status = f.status() == null ? null : f.status().name();
    List<InvoiceSummary> rows =
        jdbc.sql(
                "select "
                    + SUMMARY_COLUMNS
                    + where
                    + " order by invoice_date desc, id desc limit :size offset :offset")
            .param("partnerId", partnerId)
            .param("from", f.from())
            .param("to", f.to())
            .param("status", status)
            .param("size", page.getPageSize())
            .param("offset", page.getOffset())
            .query(InvoicesService::summary)
            .list();
    long total =
        jdbc.sql("select count(*)" + where)
            .param("partnerId", partnerId)
            .param("from", f.from())
            .param("to", f.to())
            .param("status", status)
            .query(Long.class)
            .single();
    return new PageImpl<>(rows, page, total);
  }

  @Override
  public List<InvoiceSummary> listBefore(
      UUID partnerId, LocalDate before, int skip, int limit, Actor actor) {
    permissions.require(partnerId, actor, Permission.BILLING_VIEW);
    return jdbc.sql(
            "select "
                + SUMMARY_COLUMNS
                + " from invoice where partner_id = :partnerId"
                + " and (cast(:before as date) is null or invoice_date < :before)"
                + " order by invoice_date desc limit :limit offset :skip")
        .param("partnerId", partnerId)
        .param("before", before)
        .param("limit", limit)
        .param("skip", skip)
        .query(InvoicesService::summary)
        .list();
  }

  @Override
  public long count(UUID partnerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.BILLING_VIEW);
    return jdbc.sql("select count(*) from invoice where partner_id = :partnerId")
        .param("partnerId", partnerId)
        .query(Long.class)
        .single();
  }

  @Override
  public InvoiceDetails find(UUID partnerId, String invoiceId, Actor actor) {
    permissions.require(partnerId, actor, Permission.BILLING_VIEW);
    return jdbc.sql("select * from invoice where id = :id and partner_id = :partnerId")
        .param("id", invoiceId)
        .param("partnerId", partnerId)
        .query(InvoicesService::details)
        .optional()
        .orElseThrow(InvoicesService::notFound);
  }

  @Override
  public List<InvoiceLineGroup> lineSummary(UUID partnerId, String invoiceId, Actor actor) {
    requireInvoice(partnerId, invoiceId, actor);
    return jdbc.sql(
            """
            select false as usage, section, charge_type, count(*) as lines, sum(amount) as amount,
                   sum(tax) as tax, sum(total_for_customer) as total, min(line_number) as first
              from license_recon_line where invoice_id = :id
             group by section, charge_type
            union all
            select true, section, charge_type, count(*), sum(pretax_charges), sum(tax_amount),
                   sum(post_tax_total), min(line_number)
              from usage_recon_line where invoice_id = :id
             group by section, charge_type
             order by usage, first
            """)
        .param("id", invoiceId)
        .query(
            (rs, row) ->
                new InvoiceLineGroup(
                    rs.getBoolean("usage"),
                    rs.getString("section"),
                    rs.getString("charge_type"),
                    rs.getInt("lines"),
                    rs.getBigDecimal("amount"),
                    rs.getBigDecimal("tax"),
                    rs.getBigDecimal("total")))
        .list();
  }

  @Override
  public void writeLicenseReconciliation(
      UUID partnerId, String invoiceId, Writer out, boolean excelBom, Actor actor)
      throws IOException {
    requireInvoice(partnerId, invoiceId, actor);
    ReconciliationCsv.writeHeader(out, ReconciliationCsv.LICENSE_HEADER, excelBom);
    stream(
        LICENSE_LINES,
        partnerId,
        invoiceId,
        rs -> ReconciliationCsv.writeLicenseRow(out, ReconciliationCsv.licenseLine(rs, 0)));
    out.flush();
  }

  @Override
  public void writeUsageReconciliation(
      UUID partnerId, String invoiceId, Writer out, boolean excelBom, Actor actor)
      throws IOException {
    requireInvoice(partnerId, invoiceId, actor);
    ReconciliationCsv.writeHeader(out, ReconciliationCsv.USAGE_HEADER, excelBom);
    stream(
        USAGE_LINES,
        partnerId,
        invoiceId,
        rs -> ReconciliationCsv.writeUsageRow(out, ReconciliationCsv.usageLine(rs, 0)));
    out.flush();
  }

  @Override
  public List<LicenseReconLine> licenseLines(
      UUID partnerId, String invoiceId, int afterLine, int limit, Actor actor) {
    requireInvoice(partnerId, invoiceId, actor);
    return streaming.query(
        LICENSE_LINES,
        ps -> bindLines(ps, partnerId, invoiceId, afterLine, limit),
        ReconciliationCsv::licenseLine);
  }

  @Override
  public List<UsageReconLine> usageLines(
      UUID partnerId, String invoiceId, int afterLine, int limit, Actor actor) {
    requireInvoice(partnerId, invoiceId, actor);
    return streaming.query(
        USAGE_LINES,
        ps -> bindLines(ps, partnerId, invoiceId, afterLine, limit),
        ReconciliationCsv::usageLine);
  }

  @Override
  public List<FinanceChargeLine> financeCharges(UUID partnerId, String invoiceId, Actor actor) {
    requireInvoice(partnerId, invoiceId, actor);
    return financeCharges.billedOn(invoiceId);
  }

  @FunctionalInterface
  private interface RowWriter {
    void write(ResultSet rs) throws SQLException;
  }

  /** Binds a line query's parameters; a null limit is PostgreSQL's "limit null": all lines. */
  private static void bindLines(
      PreparedStatement ps, UUID partnerId, String invoiceId, int afterLine, Integer limit)
      throws SQLException {
    ps.setObject(1, partnerId);
    ps.setString(2, invoiceId);
    ps.setInt(3, afterLine);
    if (limit == null) {
      ps.setNull(4, Types.INTEGER);
    } else {
      ps.setInt(4, limit);
    }
  }

  /** Every line of a file, through the cursor. */
  private void stream(String sql, UUID partnerId, String invoiceId, RowWriter writer)
      throws IOException {
    try {
      streaming.query(
          sql,
          ps -> bindLines(ps, partnerId, invoiceId, 0, null),
          (RowCallbackHandler) writer::write);
    } catch (UncheckedIOException clientGone) {
      throw clientGone.getCause();
    }
  }

  private void requireInvoice(UUID partnerId, String invoiceId, Actor actor) {
    permissions.require(partnerId, actor, Permission.BILLING_VIEW);
    boolean exists =
        jdbc.sql("select count(*) from invoice where id = :id and partner_id = :partnerId")
                .param("id", invoiceId)
                .param("partnerId", partnerId)
                .query(Long.class)
                .single()
            > 0;
    if (!exists) {
      throw notFound();
    }
  }

  static NotFound notFound() {
    return new NotFound("billing.invoice.notFound");
  }

  static InvoiceSummary summary(ResultSet rs, int row) throws SQLException {
    return new InvoiceSummary(
        rs.getString("id"),
        rs.getObject("partner_id", UUID.class),
        rs.getObject("invoice_date", LocalDate.class),
        rs.getObject("service_period_start", LocalDate.class),
        rs.getObject("service_period_end", LocalDate.class),
        rs.getObject("due_date", LocalDate.class),
        rs.getBigDecimal("total"),
        rs.getBigDecimal("paid_amount"),
        rs.getString("currency"),
        InvoiceStatus.valueOf(rs.getString("status")),
        rs.getInt("license_line_count"),
        rs.getInt("usage_line_count"));
  }

  static InvoiceDetails details(ResultSet rs, int row) throws SQLException {
    LocalDate invoiceDate = rs.getObject("invoice_date", LocalDate.class);
    return new InvoiceDetails(
        rs.getString("id"),
        rs.getObject("partner_id", UUID.class),
        rs.getString("partner_name"),
        rs.getString("partner_mpn_id"),
        rs.getString("partner_billable_account_id"),
        new InvoiceDetails.BillTo(
            rs.getString("bill_to_company"),
            rs.getString("bill_to_address_line1"),
            rs.getString("bill_to_address_line2"),
            rs.getString("bill_to_city"),
            rs.getString("bill_to_state"),
            rs.getString("bill_to_postal_code"),
            rs.getString("bill_to_country"),
            rs.getString("recipient_name"),
            rs.getString("recipient_email")),
        rs.getString("purchase_order_number"),
        invoiceDate,
        rs.getObject("service_period_start", LocalDate.class),
        rs.getObject("service_period_end", LocalDate.class),
        BillingDates.PAYMENT_TERMS_DAYS,
        rs.getObject("due_date", LocalDate.class),
        new InvoiceSections(
            rs.getBigDecimal("recurring_charges"),
            rs.getBigDecimal("other_products_and_services"),
            rs.getBigDecimal("usage_charges"),
            rs.getBigDecimal("credits_and_adjustments"),
            rs.getBigDecimal("usage_discounts"),
            rs.getBigDecimal("license_discounts"),
            rs.getBigDecimal("taxes"),
            rs.getBigDecimal("finance_charges")),
        rs.getBigDecimal("total"),
        rs.getBigDecimal("paid_amount"),
        rs.getString("currency"),
        InvoiceStatus.valueOf(rs.getString("status")),
        rs.getInt("license_line_count"),
        rs.getInt("usage_line_count"),
        rs.getTimestamp("issued_at").toInstant());
  }
}
