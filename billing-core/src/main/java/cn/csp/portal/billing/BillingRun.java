package cn.csp.portal.billing;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One partner's billing run for one invoice date (at most one per partner and date).
 *
 * @param invoiceId the invoice the run issued; null while not completed, and for a completed run
 *     that had nothing to bill
 * @param subscriptionCount how many subscriptions were rated
 * @param attempts how many times the run was started (a failed or interrupted run is retried)
 * @param triggeredBy who started the last attempt: the daily job or an operator
 * @param node the application node ({@code portal.node-name}) that ran the last attempt; null for
 *     runs recorded before nodes were named
 * @param error why the last attempt failed; null unless {@link BillingRunStatus#FAILED}
 */
public record BillingRun(
    UUID id,
    UUID partnerId,
    String partnerName,
    String partnerMpnId,
    LocalDate invoiceDate,
    BillingRunStatus status,
    String invoiceId,
    int subscriptionCount,
    int licenseLineCount,
    int usageLineCount,
    int attempts,
    String triggeredBy,
    String node,
    Instant startedAt,
    Instant finishedAt,
    String error)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
