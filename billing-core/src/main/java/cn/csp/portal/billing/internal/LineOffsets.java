package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.ChargeType;
import cn.csp.portal.billing.InvoiceCorrections;
import cn.csp.portal.billing.LineOffset;
import cn.csp.portal.billing.OffsetableLine;
import cn.csp.portal.billing.ReconciliationFile;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.Money;
import cn.csp.portal.kernel.NotFound;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Offset a line item" corrections: operators record them against an issued invoice's line, the
 * next billing run turns them into offset lines of the same file (section Credits & Adjustments,
 * tax included) with the offset line's columns copied from the line it refunds.
 */
@Service
@Transactional
class LineOffsets implements InvoiceCorrections {

  static final int MAX_REASON_LENGTH = 1000;

  private static final String OFFSET = ChargeType.OFFSET_A_LINE_ITEM.label();

  private final JdbcClient jdbc;
  private final AuditLog auditLog;
  private final Clock clock;

  LineOffsets(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
    this.jdbc = jdbc;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public LineOffset offset(
      String invoiceId,
      ReconciliationFile file,
      int lineNumber,
      BigDecimal amount,
      String reason,
      Actor operator) {
    requireOperator(operator);
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
      throw BusinessRuleViolation.onField(
          "reason", "billing.offset.reasonRequired", MAX_REASON_LENGTH);
    }
    if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw BusinessRuleViolation.onField("amount", "billing.offset.amountInvalid");
    }
    // the invoice's row is the lock: two offsets of one line never refund more than the line
    UUID partnerId =
        jdbc.sql("select partner_id from invoice where id = :id for update")
            .param("id", invoiceId)
            .query(UUID.class)
            .optional()
            .orElseThrow(() -> new NotFound("billing.invoice.notFound"));
    OffsetableLine line =
        findLine(invoiceId, file, lineNumber)
            .orElseThrow(
                () ->
                    BusinessRuleViolation.onField(
                        "lineNumber", "billing.offset.lineNotFound", lineNumber));
    if (!line.offsettable()) {
      throw BusinessRuleViolation.onField(
          "lineNumber", "billing.offset.notOffsettable", lineNumber);
    }
    if (amount.compareTo(line.remaining()) > 0) {
      throw BusinessRuleViolation.onField("amount", "billing.offset.exceedsLine", line.remaining());
    }
    LineOffset offset =
        new LineOffset(
            UUID.randomUUID(),
            invoiceId,
            file,
            lineNumber,
            Money.round(amount),
            reason.strip(),
            operator.name(),
            clock.instant(),
            null);
    jdbc.sql(
            """
            insert into line_offset (id, partner_id, invoice_id, recon_file, line_number, amount,
                reason, requested_by, requested_at)
            values (:id, :partnerId, :invoiceId, :file, :line, :amount, :reason, :by, :at)
            """)
        .param("id", offset.id())
        .param("partnerId", partnerId)
        .param("invoiceId", invoiceId)
        .param("file", file.name())
        .param("line", lineNumber)
        .param("amount", offset.amount())
        .param("reason", offset.reason())
        .param("by", offset.requestedBy())
        .param("at", Timestamp.from(offset.requestedAt()))
        .update();
    auditLog.record(
        AuditEntry.of(operator, "billing.line.offset")
            .partner(partnerId)
            .target("invoice", invoiceId)
            .detail("file", file)
            .detail("line", lineNumber)
            .detail("amount", offset.amount())
            .reason(offset.reason())
            .build());
    return offset;
  }

  @Override
  @Transactional(readOnly = true)
  public Page<OffsetableLine> lines(
      String invoiceId, ReconciliationFile file, Pageable page, Actor operator) {
    requireOperator(operator);
    requireInvoice(invoiceId);
    long count =
        jdbc.sql("select count(*) from " + table(file) + " where invoice_id = :id")
            .param("id", invoiceId)
            .query(Long.class)
            .single();
    List<OffsetableLine> lines =
        jdbc.sql(linesSql(file) + " order by l.line_number limit :limit offset :offset")
            .param("id", invoiceId)
            .param("file", file.name())
            .param("limit", page.getPageSize())
            .param("offset", page.getOffset())
            .query((rs, row) -> offsettable(rs, file))
            .list();
    return new PageImpl<>(lines, page, count);
  }

  @Override
  @Transactional(readOnly = true)
  public List<LineOffset> offsetsOf(String invoiceId, Actor operator) {
    requireOperator(operator);
    requireInvoice(invoiceId);
    return jdbc.sql(
            """
            select id, invoice_id, recon_file, line_number, amount, reason, requested_by,
                requested_at, billed_invoice_id
            from line_offset where invoice_id = :id order by position desc
            """)
        .param("id", invoiceId)
        .query(
            (rs, row) ->
                new LineOffset(
                    rs.getObject("id", UUID.class),
                    rs.getString("invoice_id"),
                    ReconciliationFile.valueOf(rs.getString("recon_file")),
                    rs.getInt("line_number"),
                    rs.getBigDecimal("amount"),
                    rs.getString("reason"),
                    rs.getString("requested_by"),
                    rs.getTimestamp("requested_at").toInstant(),
                    rs.getString("billed_invoice_id")))
        .list();
  }

  /** The partner's offsets not billed yet, as the offset lines of both files, oldest first. */
  @Transactional(propagation = Propagation.MANDATORY)
  PendingOffsets unbilled(UUID partnerId) {
    List<UUID> ids = new ArrayList<>();
    List<LicenseLineRow> license = new ArrayList<>();
    List<UsageLineRow> usage = new ArrayList<>();
    collectUnbilled(
        partnerId, ReconciliationFile.LICENSE, ids, license, LineOffsets::licenseOffset);
    collectUnbilled(partnerId, ReconciliationFile.USAGE, ids, usage, LineOffsets::usageOffset);
    return new PendingOffsets(ids, license, usage);
  }

  /** Makes an offset line of a file from its original line's row and the refund. */
  @FunctionalInterface
  private interface OffsetLine<T> {
    T of(ResultSet originalLine, BigDecimal refund) throws SQLException;
  }

  /** Adds the file's unbilled offsets, in the order they were recorded, to ids and lines. */
  private <T> void collectUnbilled(
      UUID partnerId,
      ReconciliationFile file,
      List<UUID> ids,
      List<T> lines,
      OffsetLine<T> offsetLine) {
    jdbc.sql(
            """
            select o.id, o.amount as refund, l.*
            from line_offset o
            join %s l on l.invoice_id = o.invoice_id and l.line_number = o.line_number
            where o.partner_id = :partnerId and o.billed_invoice_id is null
                and o.recon_file = :file
            order by o.position
            """
                .formatted(table(file)))
        .param("partnerId", partnerId)
        .param("file", file.name())
        .query(
            (ResultSet rs) -> {
              ids.add(rs.getObject("id", UUID.class));
              lines.add(offsetLine.of(rs, rs.getBigDecimal("refund")));
            });
  }

  /** The offsets a billing run put on an invoice, as the lines of its files. */
  record PendingOffsets(
      List<UUID> offsetIds, List<LicenseLineRow> licenseLines, List<UsageLineRow> usageLines) {}

  @Transactional(propagation = Propagation.MANDATORY)
  void markBilled(UUID partnerId, List<UUID> offsetIds, String invoiceId) {
    if (offsetIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            "update line_offset set billed_invoice_id = :invoiceId"
                + " where partner_id = :partnerId and id in (:ids)")
        .param("invoiceId", invoiceId)
        .param("partnerId", partnerId)
        .param("ids", offsetIds)
        .update();
  }

  /**
   * The refund split like the line: its tax is the line's tax in proportion (rounded once), the
   * rest is the pre-tax part; a whole refund gives exactly the line's amounts negated.
   */
  static BigDecimal taxPart(BigDecimal refund, BigDecimal lineTax, BigDecimal lineTotal) {
    return Money.round(lineTax.multiply(refund).divide(lineTotal, 10, RoundingMode.HALF_UP));
  }

  private static LicenseLineRow licenseOffset(ResultSet rs, BigDecimal refund) throws SQLException {
    BigDecimal tax =
        taxPart(refund, rs.getBigDecimal("tax"), rs.getBigDecimal("total_for_customer"));
    BigDecimal pretax = refund.subtract(tax);
    return new LicenseLineRow(
        SectionTotals.CREDITS,
        rs.getObject("partner_id", UUID.class),
        rs.getObject("customer_id", UUID.class),
        rs.getString("order_id"),
        rs.getString("billing_subscription_id"),
        rs.getObject("subscription_id", UUID.class),
        rs.getString("offer_id"),
        rs.getString("durable_offer_id"),
        rs.getString("offer_name"),
        rs.getObject("subscription_start_date", LocalDate.class),
        rs.getObject("subscription_end_date", LocalDate.class),
        rs.getObject("charge_start_date", LocalDate.class),
        rs.getObject("charge_end_date", LocalDate.class),
        OFFSET,
        rs.getBigDecimal("unit_price"),
        rs.getInt("quantity"),
        pretax.negate(),
        Money.round(BigDecimal.ZERO),
        pretax.negate(),
        tax.negate(),
        refund.negate(),
        rs.getString("currency"),
        rs.getString("customer_name"),
        rs.getString("mpn_id"),
        rs.getString("reseller_mpn_id"),
        rs.getString("domain_name"),
        rs.getString("subscription_name"),
        rs.getString("subscription_description"));
  }

  private static UsageLineRow usageOffset(ResultSet rs, BigDecimal refund) throws SQLException {
    BigDecimal tax =
        taxPart(refund, rs.getBigDecimal("tax_amount"), rs.getBigDecimal("post_tax_total"));
    return new UsageLineRow(
        SectionTotals.CREDITS,
        rs.getObject("usage_record_id", UUID.class),
        rs.getObject("partner_id", UUID.class),
        rs.getString("partner_name"),
        rs.getString("partner_billable_account_id"),
        rs.getString("customer_name"),
        rs.getString("mpn_id"),
        rs.getString("reseller_mpn_id"),
        rs.getObject("charge_start_date", LocalDate.class),
        rs.getObject("charge_end_date", LocalDate.class),
        rs.getString("billing_subscription_id"),
        rs.getObject("subscription_id", UUID.class),
        rs.getString("subscription_name"),
        rs.getString("subscription_description"),
        rs.getString("order_id"),
        rs.getString("service_name"),
        rs.getString("service_type"),
        rs.getString("resource_guid"),
        rs.getString("resource_name"),
        rs.getString("region"),
        rs.getString("sku"),
        rs.getString("detail_line_item_id"),
        rs.getBigDecimal("consumed_quantity"),
        rs.getBigDecimal("included_quantity"),
        rs.getBigDecimal("overage_quantity"),
        rs.getBigDecimal("list_price"),
        refund.subtract(tax).negate(),
        tax.negate(),
        refund.negate(),
        rs.getString("currency"),
        rs.getBigDecimal("pretax_effective_rate"),
        rs.getBigDecimal("post_tax_effective_rate"),
        OFFSET,
        rs.getString("customer_billable_account"),
        rs.getObject("usage_date", LocalDate.class),
        rs.getString("metered_region"),
        rs.getString("metered_service"),
        rs.getString("metered_service_type"),
        rs.getString("project"),
        rs.getString("service_info"),
        rs.getObject("customer_id", UUID.class),
        rs.getString("domain_name"));
  }

  private Optional<OffsetableLine> findLine(
      String invoiceId, ReconciliationFile file, int lineNumber) {
    return jdbc.sql(linesSql(file) + " and l.line_number = :line")
        .param("id", invoiceId)
        .param("file", file.name())
        .param("line", lineNumber)
        .query((rs, row) -> offsettable(rs, file))
        .optional();
  }

  private static String table(ReconciliationFile file) {
    return file == ReconciliationFile.LICENSE ? "license_recon_line" : "usage_recon_line";
  }

  /** The file's lines with what their offsets add up to; the line's total is its credit limit. */
  private static String linesSql(ReconciliationFile file) {
    String total = file == ReconciliationFile.LICENSE ? "total_for_customer" : "post_tax_total";
    return """
        select l.line_number, l.customer_name, l.subscription_name, l.charge_type,
            l.charge_start_date, l.charge_end_date, l.%s as total,
            coalesce((select sum(o.amount) from line_offset o
                where o.invoice_id = l.invoice_id and o.recon_file = :file
                    and o.line_number = l.line_number), 0) as offset_amount
        from %s l
        where l.invoice_id = :id
        """
        .formatted(total, table(file));
  }

  private static OffsetableLine offsettable(ResultSet rs, ReconciliationFile file)
      throws SQLException {
    return new OffsetableLine(
        file,
        rs.getInt("line_number"),
        rs.getString("customer_name"),
        rs.getString("subscription_name"),
        rs.getString("charge_type"),
        rs.getObject("charge_start_date", LocalDate.class),
        rs.getObject("charge_end_date", LocalDate.class),
        rs.getBigDecimal("total"),
        rs.getBigDecimal("offset_amount"));
  }

  private void requireInvoice(String invoiceId) {
    if (jdbc.sql("select count(*) from invoice where id = :id")
            .param("id", invoiceId)
            .query(Long.class)
            .single()
        == 0) {
      throw new NotFound("billing.invoice.notFound");
    }
  }

  private static void requireOperator(Actor actor) {
    if (actor.type() != ActorType.OPERATOR) {
      throw new BusinessRuleViolation("billing.offset.operatorsOnly");
    }
  }
}
