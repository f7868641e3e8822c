package cn.csp.portal.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person the partner names on a profile: primary contact, approver, invoice recipient. */
public record Contact(
    @NotBlank @Size(max = 50) String firstName,
    @NotBlank @Size(max = 50) String lastName,
    @NotBlank @Email @Size(max = 254) String email,
    @PhoneNumber @Size(max = 40) String phoneNumber) {}
