package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.InvoiceQuery;
import cn.csp.portal.billing.OperatorInvoices;
import cn.csp.portal.billing.PartnerInvoice;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.LikePatterns;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All partners' invoices for the console. The search reads the invoice's own snapshot of the
 * partner (name and MPN ID as issued), so it needs no join; see the indexes of migration
 * V20261124191000.
 */
@Service
@Transactional(readOnly = true)
class OperatorInvoicesService implements OperatorInvoices {

  private static final String WHERE =
      " from invoice where (cast(:text as varchar) is null or id = :number"
          + " or partner_mpn_id = :text or lower(partner_name) like :pattern escape '\\')"
          + " and (cast(:status as varchar) is null or status = :status)"
          + " and (not :overdueOnly or ("
          + OpenInvoices.DUE_BEFORE
          + "))";

  private final JdbcClient jdbc;
  private final Clock clock;

  OperatorInvoicesService(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Page<PartnerInvoice> search(InvoiceQuery query, Pageable page, Actor operator) {
    OperatorsOnly.require(operator, true, "billing.invoices.operatorsOnly");
    InvoiceQuery q = query == null ? InvoiceQuery.all() : query;
    List<PartnerInvoice> rows =
        bind(
                jdbc.sql(
                    "select "
                        + InvoicesService.SUMMARY_COLUMNS
                        + ", partner_name, partner_mpn_id"
                        + WHERE
                        + " order by invoice_date desc, id desc limit :size offset :offset"),
                q)
            .param("size", page.getPageSize())
            .param("offset", page.getOffset())
            .query(
                (rs, row) ->
                    new PartnerInvoice(
                        InvoicesService.summary(rs, row),
                        rs.getString("partner_name"),
                        rs.getString("partner_mpn_id")))
            .list();
    long total = bind(jdbc.sql("select count(*)" + WHERE), q).query(Long.class).single();
    return new PageImpl<>(rows, page, total);
  }

  @Override
  public InvoiceDetails find(String invoiceId, Actor operator) {
    OperatorsOnly.require(operator, true, "billing.invoices.operatorsOnly");
    return jdbc.sql("select * from invoice where id = :id")
        .param("id", invoiceId)
        .query(InvoicesService::details)
        .optional()
        .orElseThrow(InvoicesService::notFound);
  }

  private StatementSpec bind(StatementSpec sql, InvoiceQuery q) {
    String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
    return sql.param("text", text)
        .param("number", text == null ? null : text.toUpperCase(Locale.ROOT))
        .param("pattern", LikePatterns.containsLowerCase(text))
        .param("status", q.status() == null ? null : q.status().name())
        .param("overdueOnly", q.overdueOnly())
        .param("dueBefore", LocalDate.ofInstant(clock.instant(), AuditQuery.ZONE));
  }
}
