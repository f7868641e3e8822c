package cn.csp.portal.billing.internal;

import cn.csp.portal.kernel.CopyWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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

  private static final String RUN_LOCK_PREFIX = "billing-run:";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  InvoiceStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Reserves the invoice number of a partner's run, in a short transaction of its own: the counter
   * row is locked only for that moment, so runs of other partners take their numbers meanwhile.
   *
   * <p>No number is lost. The run holds its partner's billing-run advisory lock until it ends, and
   * deletes its reservation when it writes the invoice ({@link #insertInvoice}). A run that rolled
   * back leaves its reservation behind with nobody holding the lock: its own retry reuses it, and
   * so does the next run of any partner. So numbers stay gapless, though a run that takes long may
   * commit its number after later ones.
   *
   * @param partnerId a partner whose billing-run advisory lock the calling transaction holds
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  String reserveInvoiceNumber(UUID partnerId, LocalDate invoiceDate, Instant now) {
    long last =
        jdbc.sql("select last_number from invoice_number_counter where issuer = :issuer for update")
            .param("issuer", ISSUER)
            .query(Long.class)
            .single();
    Optional<String> left =
        jdbc.sql(
                """
                select invoice_id from invoice_number_reservation
                 where partner_id = :partnerId and invoice_date = :invoiceDate
                """)
            .param("partnerId", partnerId)
            .param("invoiceDate", invoiceDate)
            .query(String.class)
            .optional()
            .or(this::abandonedReservation);
    if (left.isPresent()) {
      jdbc.sql(
              """
              update invoice_number_reservation
                 set partner_id = :partnerId, invoice_date = :invoiceDate, reserved_at = :now
               where invoice_id = :invoiceId
              """)
          .param("partnerId", partnerId)
          .param("invoiceDate", invoiceDate)
          .param("now", Timestamp.from(now))
          .param("invoiceId", left.get())
          .update();
      return left.get();
    }
    jdbc.sql("update invoice_number_counter set last_number = :next where issuer = :issuer")
        .param("next", last + 1)
        .param("issuer", ISSUER)
        .update();
    String invoiceId = ISSUER + String.format("%09d", last + 1);
    jdbc.sql(
            """
            insert into invoice_number_reservation (invoice_id, partner_id, invoice_date, reserved_at)
            values (:invoiceId, :partnerId, :invoiceDate, :now)
            """)
        .param("invoiceId", invoiceId)
        .param("partnerId", partnerId)
        .param("invoiceDate", invoiceDate)
        .param("now", Timestamp.from(now))
        .update();
    return invoiceId;
  }

  /**
   * The lowest reserved number whose run has ended without an invoice: nobody holds its partner's
   * billing-run lock (trying takes it for this short transaction only).
   */
  private Optional<String> abandonedReservation() {
    Optional<String> unlocked =
        jdbc.sql(
                """
                select invoice_id from invoice_number_reservation
                 where pg_try_advisory_xact_lock(hashtextextended(:prefix || partner_id::text, 0))
                 order by invoice_id
                 limit 1
                """)
            .param("prefix", RUN_LOCK_PREFIX)
            .query(String.class)
            .optional();
    // A free lock means the run has ended, but perhaps with a commit: its invoice and the end of
    // its reservation became visible after this statement's snapshot was taken and before its
    // lock was released. A new statement sees that commit; only a reservation still there was
    // abandoned.
    return unlocked.filter(
        invoiceId ->
            jdbc.sql("select count(*) from invoice_number_reservation where invoice_id = :id")
                    .param("id", invoiceId)
                    .query(Long.class)
                    .single()
                > 0);
  }

  /**
   * The transaction-scoped advisory lock a partner's billing run holds from start to end: a second
   * run of the same partner waits for it, and a reservation whose lock is free was abandoned.
   */
  void lockPartnerRun(UUID partnerId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
        .param("name", RUN_LOCK_PREFIX + partnerId)
        .query((RowCallbackHandler) row -> {});
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

  /** Writes the header and ends the number's reservation (with the run's transaction). */
  void insertInvoice(InvoiceHeader h) {
    jdbc.sql(
            """
            delete from invoice_number_reservation
             where invoice_id = :id and partner_id = :partnerId
            """)
        .param("id", h.id())
        .param("partnerId", h.partnerId())
        .update();
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
    copyNumbered(
        "license_recon_line",
        new String[] {
          "section",
          "partner_id",
          "customer_id",
          "order_id",
          "billing_subscription_id",
          "subscription_id",
          "offer_id",
          "durable_offer_id",
          "offer_name",
          "subscription_start_date",
          "subscription_end_date",
          "charge_start_date",
          "charge_end_date",
          "charge_type",
          "unit_price",
          "quantity",
          "amount",
          "total_other_discount",
          "subtotal",
          "tax",
          "total_for_customer",
          "currency",
          "customer_name",
          "mpn_id",
          "reseller_mpn_id",
          "domain_name",
          "subscription_name",
          "subscription_description"
        },
        invoiceId,
        lines,
        (row, l) ->
            row.text(l.section())
                .uuid(l.partnerId())
                .uuid(l.customerId())
                .text(l.orderId())
                .text(l.billingSubscriptionId())
                .uuid(l.subscriptionId())
                .text(l.offerId())
                .text(l.durableOfferId())
                .text(l.offerName())
                .date(l.subscriptionStartDate())
                .date(l.subscriptionEndDate())
                .date(l.chargeStartDate())
                .date(l.chargeEndDate())
                .text(l.chargeType())
                .decimal(l.unitPrice())
                .integer(l.quantity())
                .decimal(l.amount())
                .decimal(l.totalOtherDiscount())
                .decimal(l.subtotal())
                .decimal(l.tax())
                .decimal(l.totalForCustomer())
                .text(l.currency())
                .text(l.customerName())
                .text(l.mpnId())
                .text(l.resellerMpnId())
                .text(l.domainName())
                .text(l.subscriptionName())
                .text(l.subscriptionDescription()));
  }

  void insertUsageLines(String invoiceId, List<UsageLineRow> lines) {
    copyNumbered(
        "usage_recon_line",
        new String[] {
          "section",
          "usage_record_id",
          "partner_id",
          "partner_name",
          "partner_billable_account_id",
          "customer_name",
          "mpn_id",
          "reseller_mpn_id",
          "charge_start_date",
          "charge_end_date",
          "billing_subscription_id",
          "subscription_id",
          "subscription_name",
          "subscription_description",
          "order_id",
          "service_name",
          "service_type",
          "resource_guid",
          "resource_name",
          "region",
          "sku",
          "detail_line_item_id",
          "consumed_quantity",
          "included_quantity",
          "overage_quantity",
          "list_price",
          "pretax_charges",
          "tax_amount",
          "post_tax_total",
          "currency",
          "pretax_effective_rate",
          "post_tax_effective_rate",
          "charge_type",
          "customer_billable_account",
          "usage_date",
          "metered_region",
          "metered_service",
          "metered_service_type",
          "project",
          "service_info",
          "customer_id",
          "domain_name"
        },
        invoiceId,
        lines,
        (row, u) ->
            row.text(u.section())
                .uuid(u.usageRecordId())
                .uuid(u.partnerId())
                .text(u.partnerName())
                .text(u.partnerBillableAccountId())
                .text(u.customerName())
                .text(u.mpnId())
                .text(u.resellerMpnId())
                .date(u.chargeStartDate())
                .date(u.chargeEndDate())
                .text(u.billingSubscriptionId())
                .uuid(u.subscriptionId())
                .text(u.subscriptionName())
                .text(u.subscriptionDescription())
                .text(u.orderId())
                .text(u.serviceName())
                .text(u.serviceType())
                .text(u.resourceGuid())
                .text(u.resourceName())
                .text(u.region())
                .text(u.sku())
                .text(u.detailLineItemId())
                .decimal(u.consumedQuantity())
                .decimal(u.includedQuantity())
                .decimal(u.overageQuantity())
                .decimal(u.listPrice())
                .decimal(u.pretaxCharges())
                .decimal(u.taxAmount())
                .decimal(u.postTaxTotal())
                .text(u.currency())
                .decimal(u.pretaxEffectiveRate())
                .decimal(u.postTaxEffectiveRate())
                .text(u.chargeType())
                .text(u.customerBillableAccount())
                .date(u.usageDate())
                .text(u.meteredRegion())
                .text(u.meteredService())
                .text(u.meteredServiceType())
                .text(u.project())
                .text(u.serviceInfo())
                .uuid(u.customerId())
                .text(u.domainName()));
  }

  /** Writes one line's columns after the invoice id and line number. */
  @FunctionalInterface
  interface LineColumns<T> {
    void write(CopyWriter row, T line);
  }

  /**
   * Writes lines numbered from 1 in list order (the order of the files) with one {@code COPY} on
   * the transaction's connection: a large partner's hundreds of thousands of lines go in at
   * PostgreSQL's bulk-load speed, with the same constraints as inserts, and roll back with the run.
   */
  private <T> void copyNumbered(
      String table, String[] lineColumns, String invoiceId, List<T> lines, LineColumns<T> columns) {
    if (lines.isEmpty()) {
      return;
    }
    String[] all = new String[lineColumns.length + 2];
    all[0] = "invoice_id";
    all[1] = "line_number";
    System.arraycopy(lineColumns, 0, all, 2, lineColumns.length);
    template.execute(
        (ConnectionCallback<Void>)
            connection -> {
              try (CopyWriter row = CopyWriter.inTransaction(connection, table, all)) {
                int number = 1;
                for (T line : lines) {
                  row.text(invoiceId).integer(number++);
                  columns.write(row, line);
                  row.endRow();
                }
              }
              return null;
            });
  }
}
