package cn.csp.portal.billing.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes an issued invoice and its reconciliation lines; nothing here ever updates them. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class InvoiceStore {

  /** 21Vianet, the one issuer: invoice numbers are "D" and nine digits. */
  static final String ISSUER = "D";

  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  InvoiceStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * The issuer's next invoice number. The counter row stays locked until the caller's transaction
   * ends, so numbers are handed out in commit order and a rolled-back run gives its number back:
   * there are no gaps.
   */
  String nextInvoiceNumber() {
    long last =
        jdbc.sql("select last_number from invoice_number_counter where issuer = :issuer for update")
            .param("issuer", ISSUER)
            .query(Long.class)
            .single();
    jdbc.sql("update invoice_number_counter set last_number = :next where issuer = :issuer")
        .param("next", last + 1)
        .param("issuer", ISSUER)
        .update();
    return ISSUER + String.format("%09d", last + 1);
  }

  /** The invoice's header: partner snapshot, dates and section totals. */
  record InvoiceHeader(
      String id,
      UUID partnerId,
      LocalDate invoiceDate,
      LocalDate servicePeriodStart,
      LocalDate servicePeriodEnd,
      LocalDate dueDate,
      String partnerName,
      String mpnId,
      String billableAccountId,
      String billToCompany,
      String billToLine1,
      String billToLine2,
      String billToCity,
      String billToState,
      String billToPostalCode,
      String billToCountry,
      String recipientName,
      String recipientEmail,
      String purchaseOrderNumber,
      SectionTotals sections,
      int licenseLineCount,
      int usageLineCount,
      Instant issuedAt) {}

  void insertInvoice(InvoiceHeader h) {
    SectionTotals s = h.sections();
    jdbc.sql(
            """
            insert into invoice (id, partner_id, invoice_date, service_period_start,
                service_period_end, due_date, partner_name, partner_mpn_id,
                partner_billable_account_id, bill_to_company, bill_to_address_line1,
                bill_to_address_line2, bill_to_city, bill_to_state, bill_to_postal_code,
                bill_to_country, recipient_name, recipient_email, purchase_order_number,
                recurring_charges, other_products_and_services, usage_charges,
                credits_and_adjustments, usage_discounts, license_discounts, taxes, finance_charges, total,
                license_line_count, usage_line_count, issued_at)
            values (:id, :partnerId, :invoiceDate, :periodStart, :periodEnd, :dueDate, :partnerName,
                :mpnId, :billableAccountId, :company, :line1, :line2, :city, :state, :postalCode,
                :country, :recipientName, :recipientEmail, :po, :recurring, :other, :usage,
                :credits, :usageDiscounts, :licenseDiscounts, :taxes, :financeCharges, :total,
                :licenseLines,
                :usageLines, :issuedAt)
            """)
        .param("id", h.id())
        .param("partnerId", h.partnerId())
        .param("invoiceDate", h.invoiceDate())
        .param("periodStart", h.servicePeriodStart())
        .param("periodEnd", h.servicePeriodEnd())
        .param("dueDate", h.dueDate())
        .param("partnerName", h.partnerName())
        .param("mpnId", h.mpnId())
        .param("billableAccountId", h.billableAccountId())
        .param("company", h.billToCompany())
        .param("line1", h.billToLine1())
        .param("line2", h.billToLine2())
        .param("city", h.billToCity())
        .param("state", h.billToState())
        .param("postalCode", h.billToPostalCode())
        .param("country", h.billToCountry())
        .param("recipientName", h.recipientName())
        .param("recipientEmail", h.recipientEmail())
        .param("po", h.purchaseOrderNumber())
        .param("recurring", s.recurringCharges())
        .param("other", s.otherProductsAndServices())
        .param("usage", s.usageCharges())
        .param("credits", s.creditsAndAdjustments())
        .param("usageDiscounts", s.usageDiscounts())
        .param("licenseDiscounts", s.licenseDiscounts())
        .param("taxes", s.taxes())
        .param("financeCharges", s.financeCharges())
        .param("total", s.total())
        .param("licenseLines", h.licenseLineCount())
        .param("usageLines", h.usageLineCount())
        .param("issuedAt", Timestamp.from(h.issuedAt()))
        .update();
  }

  void insertLicenseLines(String invoiceId, List<LicenseLineRow> lines) {
    String sql =
        """
        insert into license_recon_line (invoice_id, line_number, section, partner_id, customer_id,
            order_id, billing_subscription_id, subscription_id, offer_id, durable_offer_id,
            offer_name, subscription_start_date, subscription_end_date, charge_start_date,
            charge_end_date, charge_type, unit_price, quantity, amount, total_other_discount,
            subtotal, tax, total_for_customer, currency, customer_name, mpn_id, reseller_mpn_id,
            domain_name, subscription_name, subscription_description)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
            ?, ?)
        """;
    insertNumbered(
        sql,
        invoiceId,
        lines,
        (ps, l) -> {
          int i = 3;
          ps.setString(i++, l.section());
          ps.setObject(i++, l.partnerId());
          ps.setObject(i++, l.customerId());
          ps.setString(i++, l.orderId());
          ps.setString(i++, l.billingSubscriptionId());
          ps.setObject(i++, l.subscriptionId());
          ps.setString(i++, l.offerId());
          ps.setString(i++, l.durableOfferId());
          ps.setString(i++, l.offerName());
          ps.setDate(i++, Date.valueOf(l.subscriptionStartDate()));
          ps.setDate(i++, Date.valueOf(l.subscriptionEndDate()));
          ps.setDate(i++, Date.valueOf(l.chargeStartDate()));
          ps.setDate(i++, Date.valueOf(l.chargeEndDate()));
          ps.setString(i++, l.chargeType());
          ps.setBigDecimal(i++, l.unitPrice());
          ps.setInt(i++, l.quantity());
          ps.setBigDecimal(i++, l.amount());
          ps.setBigDecimal(i++, l.totalOtherDiscount());
          ps.setBigDecimal(i++, l.subtotal());
          ps.setBigDecimal(i++, l.tax());
          ps.setBigDecimal(i++, l.totalForCustomer());
          ps.setString(i++, l.currency());
          ps.setString(i++, l.customerName());
          ps.setString(i++, l.mpnId());
          ps.setString(i++, l.resellerMpnId());
          ps.setString(i++, l.domainName());
          ps.setString(i++, l.subscriptionName());
          ps.setString(i, l.subscriptionDescription());
        });
  }

  void insertUsageLines(String invoiceId, List<UsageLineRow> lines) {
    String sql =
        """
        insert into usage_recon_line (invoice_id, line_number, section, usage_record_id,
            partner_id, partner_name, partner_billable_account_id, customer_name, mpn_id,
            reseller_mpn_id, charge_start_date, charge_end_date, billing_subscription_id,
            subscription_id, subscription_name, subscription_description, order_id, service_name,
            service_type, resource_guid, resource_name, region, sku, detail_line_item_id,
            consumed_quantity, included_quantity, overage_quantity, list_price, pretax_charges,
            tax_amount, post_tax_total, currency, pretax_effective_rate, post_tax_effective_rate,
            charge_type, customer_billable_account, usage_date, metered_region, metered_service,
            metered_service_type, project, service_info, customer_id, domain_name)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
            ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """;
    insertNumbered(
        sql,
        invoiceId,
        lines,
        (ps, u) -> {
          int i = 3;
          ps.setString(i++, u.section());
          ps.setObject(i++, u.usageRecordId());
          ps.setObject(i++, u.partnerId());
          ps.setString(i++, u.partnerName());
          ps.setString(i++, u.partnerBillableAccountId());
          ps.setString(i++, u.customerName());
          ps.setString(i++, u.mpnId());
          ps.setString(i++, u.resellerMpnId());
          ps.setDate(i++, Date.valueOf(u.chargeStartDate()));
          ps.setDate(i++, Date.valueOf(u.chargeEndDate()));
          ps.setString(i++, u.billingSubscriptionId());
          ps.setObject(i++, u.subscriptionId());
          ps.setString(i++, u.subscriptionName());
          ps.setString(i++, u.subscriptionDescription());
          ps.setString(i++, u.orderId());
          ps.setString(i++, u.serviceName());
          ps.setString(i++, u.serviceType());
          ps.setString(i++, u.resourceGuid());
          ps.setString(i++, u.resourceName());
          ps.setString(i++, u.region());
          ps.setString(i++, u.sku());
          ps.setString(i++, u.detailLineItemId());
          ps.setBigDecimal(i++, u.consumedQuantity());
          ps.setBigDecimal(i++, u.includedQuantity());
          ps.setBigDecimal(i++, u.overageQuantity());
          ps.setBigDecimal(i++, u.listPrice());
          ps.setBigDecimal(i++, u.pretaxCharges());
          ps.setBigDecimal(i++, u.taxAmount());
          ps.setBigDecimal(i++, u.postTaxTotal());
          ps.setString(i++, u.currency());
          ps.setBigDecimal(i++, u.pretaxEffectiveRate());
          ps.setBigDecimal(i++, u.postTaxEffectiveRate());
          ps.setString(i++, u.chargeType());
          ps.setString(i++, u.customerBillableAccount());
          ps.setDate(i++, Date.valueOf(u.usageDate()));
          ps.setString(i++, u.meteredRegion());
          ps.setString(i++, u.meteredService());
          ps.setString(i++, u.meteredServiceType());
          ps.setString(i++, u.project());
          ps.setString(i++, u.serviceInfo());
          ps.setObject(i++, u.customerId());
          ps.setString(i, u.domainName());
        });
  }

  /** Binds one line's columns from the third parameter on (invoice id and line number first). */
  @FunctionalInterface
  interface LineBinder<T> {
    void bind(PreparedStatement ps, T line) throws SQLException;
  }

  /** Inserts lines in batches, numbered from 1 in list order: the order of the files. */
  private <T> void insertNumbered(
      String sql, String invoiceId, List<T> lines, LineBinder<T> binder) {
    for (int from = 0; from < lines.size(); from += BATCH) {
      int first = from;
      List<T> batch = lines.subList(from, Math.min(lines.size(), from + BATCH));
      template.batchUpdate(
          sql,
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int index) throws SQLException {
              ps.setString(1, invoiceId);
              ps.setInt(2, first + index + 1);
              binder.bind(ps, batch.get(index));
            }

            @Override
            public int getBatchSize() {
              return batch.size();
            }
          });
    }
  }
}
