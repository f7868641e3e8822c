package cn.csp.portal.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A 21Vianet staff account for the operator console. */
public record NewOperator(
    @NotBlank @Size(max = 100) String displayName,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(min = 8, max = 128) String initialPassword) {}
