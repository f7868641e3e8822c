package cn.csp.portal.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address as Partner Center profiles hold it; the country is an ISO 3166 alpha-2 code. */
public record Address(
    @NotBlank @Size(max = 200) String addressLine1,
    @Size(max = 200) String addressLine2,
    @NotBlank @Size(max = 100) String city,
    @Size(max = 100) String state,
    @NotBlank @Size(max = 20) String postalCode,
    @NotBlank @Pattern(regexp = "[A-Z]{2}") String country) {}
