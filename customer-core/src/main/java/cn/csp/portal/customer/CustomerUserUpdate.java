package cn.csp.portal.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * All editable properties of a customer user. The sign-in name stays as it was created. A partial
 * change starts from {@link CustomerUser#toUpdate()}.
 */
public record CustomerUserUpdate(
    @NotBlank @Size(max = 64) String firstName,
    @NotBlank @Size(max = 64) String lastName,
    @NotBlank @Size(max = 256) String displayName,
    @NotBlank @Pattern(regexp = NewCustomerUser.USAGE_LOCATION_PATTERN) String usageLocation,
    @NotNull CustomerUserState state) {}
