package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * An invoice (contract 8.2): dates as {@link ApiDates}, one invoice detail per file the invoice has
 * lines in, always {@code documentType} "invoice" (corrections are separate adjustments).
 *
 * @param pdfDownloadLink the statement's path relative to {@code /v1/}, like every link here
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceJson(
    String id,
    String invoiceDate,
    String billingPeriodStartDate,
    String billingPeriodEndDate,
    String dueDate,
    BigDecimal totalCharges,
    BigDecimal paidAmount,
    String currencyCode,
    String currencySymbol,
    String pdfDownloadLink,
    List<InvoiceDetailJson> invoiceDetails,
    String documentType,
    String invoiceType,
    ResourceLinks links,
    ResourceAttributes attributes) {

  public static final String DOCUMENT_TYPE = "invoice";
  public static final String INVOICE_TYPE = "Recurring";

  /** The symbol of an ISO currency code; CNY is the only currency invoices have. */
  public static String symbolOf(String currencyCode) {
    return "CNY".equals(currencyCode) ? "¥" : currencyCode;
  }
}
