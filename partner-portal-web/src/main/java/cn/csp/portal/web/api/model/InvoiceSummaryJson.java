package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The partner's billing at a glance (contract: InvoiceSummary): the balance due on all invoices,
 * the first and latest invoice dates and the last payment; with the overdue part of the balance,
 * which the Billing page shows too. Dates the partner has none of yet are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceSummaryJson(
    BigDecimal balanceAmount,
    String currencyCode,
    String currencySymbol,
    String firstInvoiceCreationDate,
    String latestInvoiceDate,
    String lastPaymentDate,
    BigDecimal lastPaymentAmount,
    BigDecimal overdueAmount,
    String oldestOverdueDueDate,
    ResourceLinks links,
    ResourceAttributes attributes) {}
