package cn.csp.portal.web.api.model;

/**
 * One kind of line items an invoice has, with the link to them: {@code office} for the
 * license-based lines, {@code azure} for the usage-based ones (contract 8.2 invoiceDetails).
 */
public record InvoiceDetailJson(
    InvoiceLineItemTypeJson invoiceLineItemType,
    BillingProviderJson billingProvider,
    ResourceLinks links,
    ResourceAttributes attributes) {

  /** The link path segment of each provider, as Partner Center writes it. */
  public static InvoiceDetailJson billingLineItems(String invoiceId, BillingProviderJson provider) {
    String segment = provider == BillingProviderJson.OFFICE ? "Office" : "Azure";
    return new InvoiceDetailJson(
        InvoiceLineItemTypeJson.BILLING_LINE_ITEMS,
        provider,
        ResourceLinks.self("invoices/" + invoiceId + "/lineitems/" + segment + "/BillingLineItems"),
        ResourceAttributes.of("InvoiceDetail"));
  }
}
