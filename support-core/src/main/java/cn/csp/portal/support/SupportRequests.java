package cn.csp.portal.support;

import cn.csp.portal.kernel.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A partner's support requests to 21Vianet. Partner Center requests need {@code
 * support:partner-request}, customer requests {@code support:customer-request} (sales agents have
 * neither); a user sees and works on the requests of the scopes it may open. Another partner's
 * request, customer or attachment is not found.
 */
public interface SupportRequests {

  /**
   * Opens a request with its attachments, all or nothing.
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation for a blank or too long title or
   *     description, a bad contact, a service the customer does not have, an unknown invoice, line
   *     or subscription, or a refused attachment (too large, type not allowed, empty, too many)
   * @throws cn.csp.portal.kernel.NotFound for another partner's or an unknown customer
   */
  SupportRequestSummary open(
      UUID partnerId, NewSupportRequest request, List<NewAttachment> attachments, Actor actor);

  /** The partner's requests that match, newest activity first. */
  Page<SupportRequestSummary> list(
      UUID partnerId, SupportRequestFilter filter, Pageable page, Actor actor);

  SupportRequestDetails find(UUID partnerId, UUID requestId, Actor actor);

  /**
   * Adds the partner's note: a request waiting for information opens again, and so does a closed
   * one within the reopen window.
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation for a blank note, a refused attachment or a
   *     request closed longer ago than the reopen window
   */
  void addNote(
      UUID partnerId, UUID requestId, String text, List<NewAttachment> attachments, Actor actor);

  /** Closes the request (the partner's problem is solved). */
  void close(UUID partnerId, UUID requestId, Actor actor);

  AttachmentContent attachment(UUID partnerId, UUID requestId, UUID attachmentId, Actor actor);
}
