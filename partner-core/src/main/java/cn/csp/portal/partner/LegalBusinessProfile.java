package cn.csp.portal.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The partner profile: the legal business, its address, its primary contact (a global admin) and
 * the approval contact named at enrollment.
 */
public record LegalBusinessProfile(
    @NotBlank @Size(max = 200) String companyName,
    @NotNull @Valid Address address,
    @NotNull @Valid Contact primaryContact,
    @NotNull @Valid Contact approvalContact) {}
