package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an invoice's license-based reconciliation file (spec 2.13, 27 columns) as the file
 * has it; the CSV and the {@code /v1} line items are written from these same records.
 *
 * @param lineNumber the line's position in the file, from 1
 * @param billingSubscriptionId the file's SubscriptionID (the billing system's id)
 * @param subscriptionId the file's SyndicationPartnerSubscriptionNumber (the portal's subscription)
 */
public record LicenseReconLine(
    int lineNumber,
    String partnerId,
    String customerId,
    String orderId,
    String billingSubscriptionId,
    String subscriptionId,
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
