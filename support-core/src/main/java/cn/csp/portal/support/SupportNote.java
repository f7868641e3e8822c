package cn.csp.portal.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message of a request's conversation, with the files attached to it. */
public record SupportNote(
    UUID id,
    boolean fromOperator,
    String authorName,
    String text,
    Instant createdAt,
    List<AttachmentInfo> attachments) {}
