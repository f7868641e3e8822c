package cn.csp.portal.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The "Add user" form: full name, a unique work email as sign-in name, and the two roles. */
public record UserInvitation(
    @NotBlank @Size(max = 100) String fullName,
    @NotBlank @Email @Size(max = 254) String email,
    @NotNull AgentRole agentRole,
    @NotNull AdminRole adminRole) {}
