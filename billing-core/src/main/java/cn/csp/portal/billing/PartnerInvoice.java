package cn.csp.portal.billing;

/** A row of the operators' invoice list: the invoice and whose it is (as issued). */
public record PartnerInvoice(InvoiceSummary invoice, String partnerName, String mpnId) {}
