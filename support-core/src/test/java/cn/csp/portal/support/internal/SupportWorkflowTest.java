package cn.csp.portal.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.support.SupportStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportWorkflowTest {

  private static final Instant CLOSED_AT = Instant.parse("2026-11-01T00:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(14);

  @Test
  void aPartnerNoteOpensTheRequestAgainWithinTheWindowOnly() {
    for (SupportStatus open :
        new SupportStatus[] {SupportStatus.OPEN, SupportStatus.ATTENTION_NEEDED}) {
      assertThat(SupportWorkflow.afterPartnerNote(open, null, CLOSED_AT, WINDOW))
          .isEqualTo(SupportStatus.OPEN);
    }
    assertThat(
            SupportWorkflow.afterPartnerNote(
                SupportStatus.CLOSED, CLOSED_AT, CLOSED_AT.plus(WINDOW), WINDOW))
        .isEqualTo(SupportStatus.OPEN);
    assertThatThrownBy(
            () ->
                SupportWorkflow.afterPartnerNote(
                    SupportStatus.CLOSED, CLOSED_AT, CLOSED_AT.plus(WINDOW).plusSeconds(1), WINDOW))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("support.request.reopenWindowPassed");
  }

  @Test
  void operatorsAskForInformationOrAnswerButNeverOnClosedRequests() {
    assertThat(SupportWorkflow.afterOperatorReply(SupportStatus.OPEN, true))
        .isEqualTo(SupportStatus.ATTENTION_NEEDED);
    assertThat(SupportWorkflow.afterOperatorReply(SupportStatus.ATTENTION_NEEDED, false))
        .isEqualTo(SupportStatus.OPEN);
    assertThatThrownBy(() -> SupportWorkflow.afterOperatorReply(SupportStatus.CLOSED, false))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void aRequestIsClosedOnce() {
    assertThat(SupportWorkflow.close(SupportStatus.ATTENTION_NEEDED))
        .isEqualTo(SupportStatus.CLOSED);
    assertThatThrownBy(() -> SupportWorkflow.close(SupportStatus.CLOSED))
        .isInstanceOf(BusinessRuleViolation.class);
  }
}
