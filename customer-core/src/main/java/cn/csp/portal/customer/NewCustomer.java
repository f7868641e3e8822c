package cn.csp.portal.customer;

import cn.csp.portal.partner.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer a partner creates.
 *
 * @param domainPrefix the unique prefix of the initial domain {@code <prefix>.partner.onmschina.cn}
 */
public record NewCustomer(
    @NotBlank @Size(max = 200) String companyName,
    @NotBlank @Pattern(regexp = "[a-zA-Z0-9]{2,27}") String domainPrefix,
    @NotNull @Valid Contact primaryContact,
    @NotBlank @Size(max = 10) String culture,
    @NotBlank @Size(max = 10) String language) {}
