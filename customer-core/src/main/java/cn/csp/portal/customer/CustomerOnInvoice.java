package cn.csp.portal.customer;

import java.util.UUID;

/**
 * What an invoice's reconciliation lines name of a customer, as it is when the invoice is issued.
 */
public record CustomerOnInvoice(
    UUID id, String companyName, String domain, String billableAccountId) {}
