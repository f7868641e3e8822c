package cn.csp.portal.web.api.model;

import cn.csp.portal.billing.LicenseReconLine;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A line of the license-based reconciliation file as an {@code office} / {@code billing_line_items}
 * invoice line item (contract 8.2, the SDK's LicenseBasedLineItem). The SDK picks the class from
 * {@code billingProvider} and {@code invoiceLineItemType}, so both are always there; {@code mpnId}
 * and {@code tier2MpnId} are ints in that model (-1: none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LicenseBasedLineItemJson(
    int lineNumber,
    String partnerId,
    String customerId,
    String customerName,
    int mpnId,
    int tier2MpnId,
    String orderId,
    String subscriptionId,
    String syndicationPartnerSubscriptionNumber,
    String offerId,
    String durableOfferId,
    String offerName,
    String domainName,
    String subscriptionName,
    String subscriptionDescription,
    String subscriptionStartDate,
    String subscriptionEndDate,
    String chargeStartDate,
    String chargeEndDate,
    String chargeType,
    BigDecimal unitPrice,
    int quantity,
    BigDecimal amount,
    BigDecimal totalOtherDiscount,
    BigDecimal subtotal,
    BigDecimal tax,
    BigDecimal totalForCustomer,
    String currency,
    InvoiceLineItemTypeJson invoiceLineItemType,
    BillingProviderJson billingProvider,
    ResourceAttributes attributes) {

  /** The file's columns under the SDK's names (SubscriptionID is the billing system's id). */
  public static LicenseBasedLineItemJson of(LicenseReconLine l) {
    return new LicenseBasedLineItemJson(
        l.lineNumber(),
        l.partnerId(),
        l.customerId(),
        l.customerName(),
        MpnIds.asInt(l.mpnId()),
        MpnIds.asInt(l.resellerMpnId()),
        l.orderId(),
        l.billingSubscriptionId(),
        l.subscriptionId(),
        l.offerId(),
        l.durableOfferId(),
        l.offerName(),
        l.domainName(),
        l.subscriptionName(),
        l.subscriptionDescription(),
        ApiDates.of(l.subscriptionStartDate()),
        ApiDates.of(l.subscriptionEndDate()),
        ApiDates.of(l.chargeStartDate()),
        ApiDates.of(l.chargeEndDate()),
        l.chargeType(),
        l.unitPrice(),
        l.quantity(),
        l.amount(),
        l.totalOtherDiscount(),
        l.subtotal(),
        l.tax(),
        l.totalForCustomer(),
        l.currency(),
        InvoiceLineItemTypeJson.BILLING_LINE_ITEMS,
        BillingProviderJson.OFFICE,
        ResourceAttributes.of("LicenseBasedLineItem"));
  }
}
