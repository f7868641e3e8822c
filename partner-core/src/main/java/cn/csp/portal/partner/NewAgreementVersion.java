package cn.csp.portal.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new version of a program document that an operator publishes. */
public record NewAgreementVersion(
    @NotNull AgreementType type,
    @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z._-]*") String version,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 500) @Pattern(regexp = "https://\\S+") String url) {}
