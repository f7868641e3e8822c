package cn.csp.portal.customer;

import cn.csp.portal.partner.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer's billing profile (spec 2.17, SDK billingProfile): who is billed and where, and the
 * culture and language of their documents. Help desk agents may not change it (spec 2.19).
 *
 * @param culture e.g. zh-CN
 * @param language e.g. zh
 */
public record CustomerBillingProfile(
    @NotBlank @Size(max = 200) String companyName,
    @NotBlank @Size(max = 50) String firstName,
    @NotBlank @Size(max = 50) String lastName,
    @NotBlank @Email @Size(max = 254) String email,
    @NotNull @Valid Address address,
    @NotBlank @Pattern(regexp = "[a-z]{2}-[A-Z]{2}") String culture,
    @NotBlank @Pattern(regexp = "[a-z]{2}") String language) {}
