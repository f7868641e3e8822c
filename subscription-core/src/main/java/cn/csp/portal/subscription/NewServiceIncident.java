package cn.csp.portal.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An incident or advisory an operator posts. Title and message are free text, shown as written.
 *
 * @param status how bad it is; {@link ServiceHealthStatus#NORMAL} is refused (nothing to report)
 * @param message the first message of its history
 * @param startTime when it began, never in the future for an incident; an advisory may announce
 *     work that starts later; {@code null} means now
 */
public record NewServiceIncident(
    @NotNull CloudService service,
    @NotNull ServiceIncidentKind kind,
    @NotNull ServiceHealthStatus status,
    @NotBlank @Size(max = ServiceHealth.TITLE_MAX) String title,
    @NotBlank @Size(max = ServiceHealth.MESSAGE_MAX) String message,
    Instant startTime) {}
