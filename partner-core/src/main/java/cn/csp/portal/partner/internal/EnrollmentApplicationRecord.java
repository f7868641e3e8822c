package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.CreditCheckOutcome;
import cn.csp.portal.partner.EnrollmentApplication;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The review record of a partner's enrollment: submissions, credit check and decision. */
@Entity
@Table(name = "enrollment_application")
class EnrollmentApplicationRecord {

  enum Decision {
    APPROVED,
    REJECTED
  }

  @Id private UUID partnerId;
  private Instant submittedAt;
  private UUID submittedBy;
  private int submissionCount;

  @Enumerated(EnumType.STRING)
  private CreditCheckOutcome creditCheck;

  private String creditCheckNote;
  private String creditCheckedBy;
  private Instant creditCheckedAt;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  private String decisionReason;
  private String decidedBy;
  private Instant decidedAt;
  @Version private long version;

  protected EnrollmentApplicationRecord() {}

  EnrollmentApplicationRecord(UUID partnerId, UUID submittedBy, Instant now) {
    this.partnerId = partnerId;
    this.submittedBy = submittedBy;
    this.submittedAt = now;
    this.submissionCount = 1;
  }

  /** A resubmission after a rejection starts a fresh review. */
  void resubmit(UUID submittedBy, Instant now) {
    this.submittedBy = submittedBy;
    this.submittedAt = now;
    this.submissionCount++;
    this.creditCheck = null;
    this.creditCheckNote = null;
    this.creditCheckedBy = null;
    this.creditCheckedAt = null;
    this.decision = null;
    this.decisionReason = null;
    this.decidedBy = null;
    this.decidedAt = null;
  }

  void recordCreditCheck(
      CreditCheckOutcome outcome, String note, String operatorName, Instant now) {
    this.creditCheck = outcome;
    this.creditCheckNote = note;
    this.creditCheckedBy = operatorName;
    this.creditCheckedAt = now;
  }

  void approve(String operatorName, Instant now) {
    if (creditCheck != CreditCheckOutcome.PASSED) {
      throw new BusinessRuleViolation("enrollment.approve.creditCheckRequired");
    }
    decide(Decision.APPROVED, null, operatorName, now);
  }

  void reject(String reason, String operatorName, Instant now) {
    decide(Decision.REJECTED, reason, operatorName, now);
  }

  private void decide(Decision decision, String reason, String operatorName, Instant now) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = operatorName;
    this.decidedAt = now;
  }

  EnrollmentApplication toApplication(Partner partner) {
    return new EnrollmentApplication(
        partnerId,
        partner.companyName(),
        partner.mpnId(),
        partner.status(),
        submittedAt,
        submissionCount,
        creditCheck,
        creditCheckNote,
        creditCheckedBy,
        creditCheckedAt,
        decisionReason,
        decidedBy,
        decidedAt);
  }
}
