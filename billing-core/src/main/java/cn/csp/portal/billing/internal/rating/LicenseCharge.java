package cn.csp.portal.billing.internal.rating;

import cn.csp.portal.billing.ChargeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the license-based reconciliation file as rated, before the columns that belong to the
 * invoice or the partner (PartnerId, Currency, CustomerName, MPNID, DomainName, ...).
 *
 * <p>Arithmetic (all computed by {@link LicenseRating}): {@code amount} is the prorated amount
 * ({@link Proration}; negative for reversals and credits), {@code totalOtherDiscount} is 0 (no
 * discounts are granted yet), {@code subtotal = amount − totalOtherDiscount}, {@code tax =
 * Money.round(subtotal × VAT rate)}, {@code totalForCustomer = subtotal + tax}.
 *
 * @param subscriptionId the portal subscription id (SyndicationPartnerSubscriptionNumber)
 * @param friendlyName the subscription's nickname, or the offer name when it has none
 *     (SubscriptionName)
 * @param resellerMpnId as on the subscription: null for a direct sale (the file shows the partner's
 *     own MPN ID), {@code "-1"} after the partner removed the reseller
 * @param subscriptionStartDate the first day of the first term
 * @param subscriptionEndDate the last day of the term in force on {@code chargeStart}
 * @param chargeStart first day charged (written as 0:00)
 * @param chargeEnd last day charged, inclusive (written as 23:59)
 * @param unitPrice CNY per license per month; 0 on the free-period lines
 */
public record LicenseCharge(
    UUID subscriptionId,
    UUID customerId,
    String orderId,
    String offerId,
    String durableOfferId,
    String offerName,
    String friendlyName,
    String resellerMpnId,
    LocalDate subscriptionStartDate,
    LocalDate subscriptionEndDate,
    ChargeType chargeType,
    LocalDate chargeStart,
    LocalDate chargeEnd,
    BigDecimal unitPrice,
    int quantity,
    BigDecimal amount,
    BigDecimal totalOtherDiscount,
    BigDecimal subtotal,
    BigDecimal tax,
    BigDecimal totalForCustomer) {}
