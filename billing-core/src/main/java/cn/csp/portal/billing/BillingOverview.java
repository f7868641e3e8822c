package cn.csp.portal.billing;

import java.math.BigDecimal;

/**
 * What the Billing page shows at a glance (spec 2.11): the balance due and the latest invoice.
 *
 * @param balanceDue the sum of what is unpaid on every issued invoice
 * @param latestInvoice null while the partner has none
 */
public record BillingOverview(
    BigDecimal balanceDue, String currency, InvoiceSummary latestInvoice) {}
