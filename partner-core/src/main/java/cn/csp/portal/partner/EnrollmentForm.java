package cn.csp.portal.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The "Enroll in the Cloud Solution Provider program" form (spec 2.3 step 5): the MPN ID, the legal
 * business profile with its primary and approval contacts, and how customers reach the partner's
 * support. The billing profile starts as a copy of the legal profile.
 */
public record EnrollmentForm(
    @NotBlank @Pattern(regexp = MpnIds.PATTERN) String mpnId,
    @NotNull @Valid LegalBusinessProfile legal,
    @NotNull @Valid SupportProfile support) {}
