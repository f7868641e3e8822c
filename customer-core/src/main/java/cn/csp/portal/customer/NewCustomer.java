package cn.csp.portal.customer;

import cn.csp.portal.partner.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A customer a partner creates (the "Add customer" wizard's account info).
 *
 * @param domainPrefix the unique prefix of the initial domain {@code <prefix>.partner.onmschina.cn}
 * @param resellerPartnerId the indirect reseller the customer is created for (indirect providers
 *     only), or null
 */
public record NewCustomer(
    @NotBlank @Size(max = 200) String companyName,
    @NotBlank @Pattern(regexp = "[a-zA-Z0-9]{2,27}") String domainPrefix,
    @NotNull @Valid Contact primaryContact,
    @NotNull @Valid CustomerBillingProfile billing,
    UUID resellerPartnerId) {

  public CompanyDetails companyDetails() {
    return new CompanyDetails(companyName, primaryContact);
  }
}
