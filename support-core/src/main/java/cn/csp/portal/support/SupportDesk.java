package cn.csp.portal.support;

import cn.csp.portal.kernel.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The 21Vianet operators' support desk: every partner's requests, for operators only. */
public interface SupportDesk {

  /** The queue: unanswered requests first, by SLA due time, then the rest by last activity. */
  Page<SupportRequestSummary> queue(DeskFilter filter, Pageable page, Actor operator);

  SupportRequestDetails find(UUID requestId, Actor operator);

  /** Assigns the request to an operator; null unassigns it. */
  void assign(UUID requestId, UUID operatorId, Actor operator);

  /**
   * Replies to the partner; the first reply stops the SLA clock. With {@code needsInformation} the
   * request waits for the partner (attention needed), otherwise it stays or becomes open.
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation for a blank note, a refused attachment or a
   *     closed request
   */
  void reply(
      UUID requestId,
      String text,
      List<NewAttachment> attachments,
      boolean needsInformation,
      Actor operator);

  /** Resolves and closes the request, with an optional closing note to the partner. */
  void close(UUID requestId, String note, Actor operator);

  AttachmentContent attachment(UUID requestId, UUID attachmentId, Actor operator);

  /**
   * Flags the requests whose first response is overdue at {@code now} and tells the operator lead;
   * each request is flagged once. Run by a scheduled job.
   *
   * @return the requests flagged now
   */
  List<SupportRequestSummary> flagBreaches();
}
