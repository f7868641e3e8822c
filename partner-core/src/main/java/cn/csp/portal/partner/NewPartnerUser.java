package cn.csp.portal.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A user to add to a partner. The sign-in name is a work email, unique across the portal.
 *
 * @param initialPassword the password to start with; the user must change it at first sign-in when
 *     {@code mustChangePassword} is set
 */
public record NewPartnerUser(
    @NotBlank @Size(max = 100) String fullName,
    @NotBlank @Email @Size(max = 254) String email,
    @NotNull AgentRole agentRole,
    @NotNull AdminRole adminRole,
    @NotBlank @Size(min = 8, max = 128) String initialPassword,
    boolean mustChangePassword) {}
