package cn.csp.portal.partner;

import java.time.Instant;
import java.util.UUID;

/**
 * An enrollment request as the operator reviews it and the applicant follows it.
 *
 * @param creditCheck null until an operator records it
 * @param decisionReason the reason given with a rejection
 */
public record EnrollmentApplication(
    UUID partnerId,
    String companyName,
    String mpnId,
    PartnerStatus status,
    Instant submittedAt,
    int submissionCount,
    CreditCheckOutcome creditCheck,
    String creditCheckNote,
    String creditCheckedBy,
    Instant creditCheckedAt,
    String decisionReason,
    String decidedBy,
    Instant decidedAt) {

  public boolean awaitingDecision() {
    return status == PartnerStatus.UNDER_REVIEW;
  }
}
