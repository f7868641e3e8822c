package cn.csp.portal.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How the partner's customers reach its first-line support (shown to customers). */
public record SupportProfile(
    @NotBlank @Size(max = 300) @Pattern(regexp = "https?://\\S+") String website,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @PhoneNumber @Size(max = 40) String phone) {}
