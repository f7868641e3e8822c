package cn.csp.portal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the license-based reconciliation file (spec 2.13, 27 columns) and its section. */
record LicenseLineRow(
    String section,
    UUID partnerId,
    UUID customerId,
    String orderId,
    String billingSubscriptionId,
    UUID subscriptionId,
    String offerId,
    String durableOfferId,
    String offerName,
    LocalDate subscriptionStartDate,
    LocalDate subscriptionEndDate,
    LocalDate chargeStartDate,
    LocalDate chargeEndDate,
    String chargeType,
    BigDecimal unitPrice,
    int quantity,
    BigDecimal amount,
    BigDecimal totalOtherDiscount,
    BigDecimal subtotal,
    BigDecimal tax,
    BigDecimal totalForCustomer,
    String currency,
    String customerName,
    String mpnId,
    String resellerMpnId,
    String domainName,
    String subscriptionName,
    String subscriptionDescription) {}
