package cn.csp.portal.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new message for an open incident, with the status it reports now. */
public record NewIncidentUpdate(
    @NotNull ServiceHealthStatus status,
    @NotBlank @Size(max = ServiceHealth.MESSAGE_MAX) String message) {}
