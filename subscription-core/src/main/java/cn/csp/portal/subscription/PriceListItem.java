package cn.csp.portal.subscription;

import java.math.BigDecimal;

/**
 * One offer's price in a monthly list (spec 2.4).
 *
 * @param unitPrice CNY per license per month for license-based offers, per unit of usage otherwise
 */
public record PriceListItem(
    String durableOfferId, String offerName, BillingType billingType, BigDecimal unitPrice) {}
