package cn.csp.portal.support.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.support.SupportStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The request's transitions, in one place:
 *
 * <pre>
 *   (opened) -> OPEN
 *   OPEN | ATTENTION_NEEDED --operator reply--> OPEN, or ATTENTION_NEEDED when it asks for information
 *   OPEN | ATTENTION_NEEDED --partner note----> OPEN
 *   OPEN | ATTENTION_NEEDED --close (either)--> CLOSED
 *   CLOSED --partner note within the reopen window--> OPEN
 * </pre>
 *
 * Operators do not write on closed requests (the partner reopens them by writing); nobody closes a
 * closed request twice.
 */
final class SupportWorkflow {

  private SupportWorkflow() {}

  static SupportStatus afterPartnerNote(
      SupportStatus current, Instant closedAt, Instant now, Duration reopenWindow) {
    if (current == SupportStatus.CLOSED && now.isAfter(closedAt.plus(reopenWindow))) {
      throw BusinessRuleViolation.onField(
          "text", "support.request.reopenWindowPassed", reopenWindow.toDays());
    }
    return SupportStatus.OPEN;
  }

  static SupportStatus afterOperatorReply(SupportStatus current, boolean needsInformation) {
    if (current == SupportStatus.CLOSED) {
      throw new BusinessRuleViolation("support.request.closed");
    }
    return needsInformation ? SupportStatus.ATTENTION_NEEDED : SupportStatus.OPEN;
  }

  static SupportStatus close(SupportStatus current) {
    if (current == SupportStatus.CLOSED) {
      throw new BusinessRuleViolation("support.request.alreadyClosed");
    }
    return SupportStatus.CLOSED;
  }
}
