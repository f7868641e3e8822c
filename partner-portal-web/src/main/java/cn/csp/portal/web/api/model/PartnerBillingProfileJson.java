package cn.csp.portal.web.api.model;

import cn.csp.portal.kernel.Money;
import cn.csp.portal.partner.BillingProfile;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The partner's own {@code BillingProfile} (not a customer's): 21Vianet bills the partner in CNY
 * and sends the invoices to the invoice recipient, the profile's primary contact.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerBillingProfileJson(
    String companyName,
    ApiAddress address,
    PartnerContactJson primaryContact,
    String purchaseOrderNumber,
    String taxId,
    String billingCurrency,
    ResourceLinks links,
    ResourceAttributes attributes) {

  public static final String URI = "profiles/billing";

  public static PartnerBillingProfileJson of(BillingProfile profile) {
    return new PartnerBillingProfileJson(
        profile.companyName(),
        PartnerAddressJson.of(profile.address()),
        PartnerContactJson.of(profile.invoiceRecipient()),
        profile.purchaseOrderNumber(),
        profile.taxId(),
        Money.CNY.getCurrencyCode(),
        ResourceLinks.self(URI),
        ResourceAttributes.of("BillingProfile"));
  }
}
