package cn.csp.portal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the usage-based reconciliation file (spec 2.13, 40 columns; InvoiceNumber is the
 * invoice's id), its section and the usage record it bills.
 */
record UsageLineRow(
    String section,
    UUID usageRecordId,
    UUID partnerId,
    String partnerName,
    String partnerBillableAccountId,
    String customerName,
    String mpnId,
    String resellerMpnId,
    LocalDate chargeStartDate,
    LocalDate chargeEndDate,
    String billingSubscriptionId,
    UUID subscriptionId,
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
    UUID customerId,
    String domainName) {}
