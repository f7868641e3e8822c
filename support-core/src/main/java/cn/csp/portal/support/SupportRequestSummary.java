package cn.csp.portal.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of a request list: the partner's list and the operator desk's queue.
 *
 * @param customerName null for Partner Center requests
 */
public record SupportRequestSummary(
    UUID id,
    String number,
    UUID partnerId,
    String partnerName,
    SupportScope scope,
    UUID customerId,
    String customerName,
    String service,
    SupportCategory category,
    SupportSeverity severity,
    String title,
    SupportStatus status,
    String assignedOperatorName,
    Instant createdAt,
    Instant lastModifiedAt,
    Instant firstResponseDueAt,
    Instant firstRespondedAt) {

  /** The request against its initial response target at {@code now}. */
  public SlaState slaState(Instant now) {
    if (firstRespondedAt != null) {
      return firstRespondedAt.isAfter(firstResponseDueAt) ? SlaState.BREACHED : SlaState.MET;
    }
    return now.isAfter(firstResponseDueAt) ? SlaState.BREACHED : SlaState.RUNNING;
  }

  /** Time left to the first response (negative once breached); zero once answered. */
  public Duration timeLeft(Instant now) {
    return firstRespondedAt != null ? Duration.ZERO : Duration.between(now, firstResponseDueAt);
  }
}
