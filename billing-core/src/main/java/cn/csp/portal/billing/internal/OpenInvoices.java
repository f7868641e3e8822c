package cn.csp.portal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invoices with something still owed, by due date: the overdue amount on the Billing page,
 * delinquency and reinstatement all ask here, with the one SQL form of {@link
 * cn.csp.portal.billing.Overdue} (balance left and the due date before the given day).
 */
@Component
class OpenInvoices {

  /** Unpaid and due before {@code :dueBefore}; {@code status <> 'PAID'} uses the partial index. */
  static final String DUE_BEFORE =
      "status <> 'PAID' and total > paid_amount and due_date < :dueBefore";

  /** An overdue invoice: its number, due date and balance. */
  record OpenInvoice(String id, LocalDate dueDate, BigDecimal balance) {}

  private final JdbcClient jdbc;

  OpenInvoices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The partner's invoices with a balance due before {@code dueBefore}, oldest due date first. */
  List<OpenInvoice> dueBefore(UUID partnerId, LocalDate dueBefore) {
    return jdbc.sql(
            "select id, due_date, total - paid_amount as balance from invoice"
                + " where partner_id = :partnerId and "
                + DUE_BEFORE
                + " order by due_date, id")
        .param("partnerId", partnerId)
        .param("dueBefore", dueBefore)
        .query(
            (rs, row) ->
                new OpenInvoice(
                    rs.getString("id"),
                    rs.getObject("due_date", LocalDate.class),
                    rs.getBigDecimal("balance")))
        .list();
  }

  /** Every partner with a balance on an invoice due before {@code dueBefore}. */
  List<UUID> partnersDueBefore(LocalDate dueBefore) {
    return jdbc.sql("select distinct partner_id from invoice where " + DUE_BEFORE)
        .param("dueBefore", dueBefore)
        .query(UUID.class)
        .list();
  }
}
