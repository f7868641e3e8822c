package cn.csp.portal.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The partner billing profile. 21Vianet sends invoices to one person the partner designates: the
 * {@code invoiceRecipient}.
 */
public record BillingProfile(
    @NotBlank @Size(max = 200) String companyName,
    @NotNull @Valid Address address,
    @NotNull @Valid Contact invoiceRecipient,
    @Size(max = 50) String purchaseOrderNumber,
    @Size(max = 50) String taxId) {}
