package cn.csp.portal.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request with everything its page shows: what was asked, the conversation, the files attached
 * when it was opened, and its status history.
 *
 * @param attachments the files attached when the request was opened (notes carry their own)
 */
public record SupportRequestDetails(
    SupportRequestSummary summary,
    String description,
    SupportContact contact,
    String locale,
    String invoiceId,
    String reconFile,
    Integer reconLine,
    List<UUID> subscriptionIds,
    String createdBy,
    Instant closedAt,
    List<AttachmentInfo> attachments,
    List<SupportNote> notes,
    List<StatusChange> history) {}
