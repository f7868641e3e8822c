package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an invoice's usage-based reconciliation file (spec 2.13, 40 columns) as the file has
 * it; the CSV and the {@code /v1} line items are written from these same records.
 *
 * @param lineNumber the line's position in the file, from 1
 * @param invoiceId the file's InvoiceNumber
 * @param billingSubscriptionId the file's SubscriptionID (the billing system's id)
 */
public record UsageReconLine(
    int lineNumber,
    String partnerId,
    String partnerName,
    String partnerBillableAccountId,
    String customerName,
    String mpnId,
    String resellerMpnId,
    String invoiceId,
    LocalDate chargeStartDate,
    LocalDate chargeEndDate,
    String billingSubscriptionId,
    String subscriptionName,
    String subscriptionDescription,
    String orderId,
    String serviceName,
    String serviceType,
    String resourceGuid,
    String resourceName,
    String region,
    String sku,
    String detailLineItemId,
    BigDecimal consumedQuantity,
    BigDecimal includedQuantity,
    BigDecimal overageQuantity,
    BigDecimal listPrice,
    BigDecimal pretaxCharges,
    BigDecimal taxAmount,
    BigDecimal postTaxTotal,
    String currency,
    BigDecimal pretaxEffectiveRate,
    BigDecimal postTaxEffectiveRate,
    String chargeType,
    String customerBillableAccount,
    LocalDate usageDate,
    String meteredRegion,
    String meteredService,
    String meteredServiceType,
    String project,
    String serviceInfo,
    String customerId,
    String domainName) {}
