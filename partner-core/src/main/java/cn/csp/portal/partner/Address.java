package cn.csp.portal.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address as Partner Center profiles hold it (spec 2.7); the country is an ISO 3166
 * alpha-2 code. The SDK allows 2 characters for the state, which fits no Chinese province name, so
 * the province may have up to 50.
 */
@PostalCodeMatchesCountry
public record Address(
    @NotBlank @Size(max = 200) String addressLine1,
    @Size(max = 200) String addressLine2,
    @NotBlank @Size(max = 100) String city,
    @Size(max = 50) String state,
    @NotBlank @Size(max = 20) String postalCode,
    @NotBlank @Pattern(regexp = "[A-Z]{2}") String country) {}
