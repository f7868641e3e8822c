package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.Payment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The payment table: written by {@link PaymentsService}, read by the billing pages. */
@Component
class PaymentStore {

  private static final String COLUMNS =
      "id, invoice_id, partner_id, amount, paid_on, reference, recorded_by, recorded_at";

  private final JdbcClient jdbc;

  PaymentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Payment p) {
    jdbc.sql(
            "insert into payment ("
                + COLUMNS
                + ")"
                + " values (:id, :invoiceId, :partnerId, :amount, :paidOn, :reference,"
                + " :recordedBy, :recordedAt)")
        .param("id", p.id())
        .param("invoiceId", p.invoiceId())
        .param("partnerId", p.partnerId())
        .param("amount", p.amount())
        .param("paidOn", p.paidOn())
        .param("reference", p.reference())
        .param("recordedBy", p.recordedBy())
        .param("recordedAt", Timestamp.from(p.recordedAt()))
        .update();
  }

  boolean referenceExists(String invoiceId, String reference) {
    return jdbc.sql(
                "select count(*) from payment where invoice_id = :invoiceId and reference = :reference")
            .param("invoiceId", invoiceId)
            .param("reference", reference)
            .query(Long.class)
            .single()
        > 0;
  }

  List<Payment> ofInvoice(String invoiceId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from payment where invoice_id = :invoiceId"
                + " order by paid_on, recorded_at")
        .param("invoiceId", invoiceId)
        .query(PaymentStore::payment)
        .list();
  }

  Optional<Payment> latest(UUID partnerId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from payment where partner_id = :partnerId"
                + " order by paid_on desc, recorded_at desc limit 1")
        .param("partnerId", partnerId)
        .query(PaymentStore::payment)
        .optional();
  }

  private static Payment payment(ResultSet rs, int row) throws SQLException {
    return new Payment(
        rs.getObject("id", UUID.class),
        rs.getString("invoice_id"),
        rs.getObject("partner_id", UUID.class),
        rs.getBigDecimal("amount"),
        rs.getObject("paid_on", LocalDate.class),
        rs.getString("reference"),
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
