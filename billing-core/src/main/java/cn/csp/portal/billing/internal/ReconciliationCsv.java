package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.LicenseReconLine;
import cn.csp.portal.billing.UsageReconLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The reconciliation files' CSV (spec 2.13): the documented headers in their order, RFC 4180
 * quoting (a field with a comma, quote or line break is quoted, quotes doubled), CRLF line ends,
 * dates as in the samples ("2/1/2015 0:00"; charge ends at 23:59).
 */
final class ReconciliationCsv {

  static final char BOM = '\uFEFF';

  static final List<String> LICENSE_HEADER =
      List.of(
          "PartnerId",
          "CustomerID",
          "OrderID",
          "SubscriptionID",
          "SyndicationPartnerSubscriptionNumber",
          "OfferID",
          "DurableOfferID",
          "OfferName",
          "SubscriptionStartDate",
          "SubscriptionEndDate",
          "ChargeStartDate",
          "ChargeEndDate",
          "ChargeType",
          "UnitPrice",
          "Quantity",
          "Amount",
          "TotalOtherDiscount",
          "Subtotal",
          "Tax",
          "TotalForCustomer",
          "Currency",
          "CustomerName",
          "MPNID",
          "ResellerMPNID",
          "DomainName",
          "SubscriptionName",
          "SubscriptionDescription");

  static final List<String> USAGE_HEADER =
      List.of(
          "PartnerID",
          "PartnerName",
          "PartnerBillableAccountID",
          "CustomerName",
          "MPNID",
          "ResellerMPNID",
          "InvoiceNumber",
          "ChargeStartDate",
          "ChargeEndDate",
          "SubscriptionID",
          "SubscriptionName",
          "SubscriptionDescription",
          "OrderID",
          "ServiceName",
          "ServiceType",
          "ResourceGUID",
          "Resource Name",
          "Region",
          "SKU",
          "DetailLineItemId",
          "ConsumedQuantity",
          "IncludedQuantity",
          "OverageQuantity",
          "ListPrice",
          "PretaxCharges",
          "TaxAmount",
          "PostTaxTotal",
          "Currency",
          "PretaxEffectiveRate",
          "PostTaxEffectiveRate",
          "ChargeType",
          "CustomerBillableAccount",
          "UsageDate",
          "MeteredRegion",
          "MeteredService",
          "MeteredServiceType",
          "Project",
          "ServiceInfo",
          "CustomerID",
          "DomainName");

  /** The file's columns read from a {@code license_recon_line} row, in header order. */
  static final String LICENSE_COLUMNS =
      "partner_id, customer_id, order_id, billing_subscription_id, subscription_id, offer_id,"
          + " durable_offer_id, offer_name, subscription_start_date, subscription_end_date,"
          + " charge_start_date, charge_end_date, charge_type, unit_price, quantity, amount,"
          + " total_other_discount, subtotal, tax, total_for_customer, currency, customer_name,"
          + " mpn_id, reseller_mpn_id, domain_name, subscription_name, subscription_description";

  static final String USAGE_COLUMNS =
      "partner_id, partner_name, partner_billable_account_id, customer_name, mpn_id,"
          + " reseller_mpn_id, invoice_id, charge_start_date, charge_end_date,"
          + " billing_subscription_id, subscription_name, subscription_description, order_id,"
          + " service_name, service_type, resource_guid, resource_name, region, sku,"
          + " detail_line_item_id, consumed_quantity, included_quantity, overage_quantity,"
          + " list_price, pretax_charges, tax_amount, post_tax_total, currency,"
          + " pretax_effective_rate, post_tax_effective_rate, charge_type,"
          + " customer_billable_account, usage_date, metered_region, metered_service,"
          + " metered_service_type, project, service_info, customer_id, domain_name";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

  private ReconciliationCsv() {}

  static void writeHeader(Writer out, List<String> header, boolean bom) throws IOException {
    if (bom) {
      out.write(BOM);
    }
    writeRecord(out, header);
  }

  /** A {@code license_recon_line} row read with {@link #LICENSE_COLUMNS} and its line number. */
  static LicenseReconLine licenseLine(ResultSet rs, int row) throws SQLException {
    return new LicenseReconLine(
        rs.getInt("line_number"),
        rs.getString("partner_id"),
        rs.getString("customer_id"),
        rs.getString("order_id"),
        rs.getString("billing_subscription_id"),
        rs.getString("subscription_id"),
        rs.getString("offer_id"),
        rs.getString("durable_offer_id"),
        rs.getString("offer_name"),
        date(rs, "subscription_start_date"),
        date(rs, "subscription_end_date"),
        date(rs, "charge_start_date"),
        date(rs, "charge_end_date"),
        rs.getString("charge_type"),
        rs.getBigDecimal("unit_price"),
        rs.getInt("quantity"),
        rs.getBigDecimal("amount"),
        rs.getBigDecimal("total_other_discount"),
        rs.getBigDecimal("subtotal"),
        rs.getBigDecimal("tax"),
        rs.getBigDecimal("total_for_customer"),
        rs.getString("currency"),
        rs.getString("customer_name"),
        rs.getString("mpn_id"),
        rs.getString("reseller_mpn_id"),
        rs.getString("domain_name"),
        rs.getString("subscription_name"),
        rs.getString("subscription_description"));
  }

  /** A {@code usage_recon_line} row read with {@link #USAGE_COLUMNS} and its line number. */
  static UsageReconLine usageLine(ResultSet rs, int row) throws SQLException {
    return new UsageReconLine(
        rs.getInt("line_number"),
        rs.getString("partner_id"),
        rs.getString("partner_name"),
        rs.getString("partner_billable_account_id"),
        rs.getString("customer_name"),
        rs.getString("mpn_id"),
        rs.getString("reseller_mpn_id"),
        rs.getString("invoice_id"),
        date(rs, "charge_start_date"),
        date(rs, "charge_end_date"),
        rs.getString("billing_subscription_id"),
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
        rs.getBigDecimal("pretax_charges"),
        rs.getBigDecimal("tax_amount"),
        rs.getBigDecimal("post_tax_total"),
        rs.getString("currency"),
        rs.getBigDecimal("pretax_effective_rate"),
        rs.getBigDecimal("post_tax_effective_rate"),
        rs.getString("charge_type"),
        rs.getString("customer_billable_account"),
        date(rs, "usage_date"),
        rs.getString("metered_region"),
        rs.getString("metered_service"),
        rs.getString("metered_service_type"),
        rs.getString("project"),
        rs.getString("service_info"),
        rs.getString("customer_id"),
        rs.getString("domain_name"));
  }

  static void writeLicenseRow(Writer out, LicenseReconLine l) {
    write(
        out,
        List.of(
            l.partnerId(),
            l.customerId(),
            l.orderId(),
            l.billingSubscriptionId(),
            l.subscriptionId(),
            l.offerId(),
            l.durableOfferId(),
            l.offerName(),
            startOfDay(l.subscriptionStartDate()),
            startOfDay(l.subscriptionEndDate()),
            startOfDay(l.chargeStartDate()),
            endOfDay(l.chargeEndDate()),
            l.chargeType(),
            price(l.unitPrice()),
            Integer.toString(l.quantity()),
            amount(l.amount()),
            amount(l.totalOtherDiscount()),
            amount(l.subtotal()),
            amount(l.tax()),
            amount(l.totalForCustomer()),
            l.currency(),
            l.customerName(),
            l.mpnId(),
            l.resellerMpnId(),
            l.domainName(),
            l.subscriptionName(),
            l.subscriptionDescription()));
  }

  static void writeUsageRow(Writer out, UsageReconLine l) {
    write(
        out,
        List.of(
            l.partnerId(),
            l.partnerName(),
            l.partnerBillableAccountId(),
            l.customerName(),
            l.mpnId(),
            l.resellerMpnId(),
            l.invoiceId(),
            startOfDay(l.chargeStartDate()),
            endOfDay(l.chargeEndDate()),
            l.billingSubscriptionId(),
            l.subscriptionName(),
            l.subscriptionDescription(),
            l.orderId(),
            l.serviceName(),
            l.serviceType(),
            l.resourceGuid(),
            l.resourceName(),
            l.region(),
            l.sku(),
            l.detailLineItemId(),
            quantity(l.consumedQuantity()),
            quantity(l.includedQuantity()),
            quantity(l.overageQuantity()),
            price(l.listPrice()),
            amount(l.pretaxCharges()),
            amount(l.taxAmount()),
            amount(l.postTaxTotal()),
            l.currency(),
            amount(l.pretaxEffectiveRate()),
            amount(l.postTaxEffectiveRate()),
            l.chargeType(),
            l.customerBillableAccount(),
            startOfDay(l.usageDate()),
            l.meteredRegion(),
            l.meteredService(),
            l.meteredServiceType(),
            l.project(),
            l.serviceInfo(),
            l.customerId(),
            l.domainName()));
  }

  static String startOfDay(LocalDate date) {
    return DATE.format(date) + " 0:00";
  }

  static String endOfDay(LocalDate date) {
    return DATE.format(date) + " 23:59";
  }

  /** Amounts with their two decimals, e.g. 110.00 and -74.52. */
  static String amount(BigDecimal value) {
    return value.toPlainString();
  }

  /** Prices as stored, at least two decimals and no trailing zeros beyond: 11.00, 0.0808. */
  static String price(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 2 ? value.setScale(2) : stripped).toPlainString();
  }

  /** Quantities without trailing zeros: 11, 1.5. */
  static String quantity(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static void write(Writer out, List<String> fields) {
    try {
      writeRecord(out, fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeRecord(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String quoted(String field) {
    if (field == null) {
      return "";
    }
    boolean needsQuotes =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
