package cn.csp.portal.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The organization profile: the partner's work-account tenant (the Azure AD directory it signs in
 * with), its domain and its language preferences.
 */
public record OrganizationProfile(
    @NotBlank @Size(max = 200) String companyName,
    @NotNull UUID tenantId,
    @NotBlank @Size(max = 253) String domain,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 10) String language,
    @NotBlank @Size(max = 10) String culture) {}
