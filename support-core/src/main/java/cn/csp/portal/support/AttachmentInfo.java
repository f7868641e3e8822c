package cn.csp.portal.support;

import java.time.Instant;
import java.util.UUID;

/** An attachment's metadata; its bytes come from {@link AttachmentContent}. */
public record AttachmentInfo(
    UUID id,
    UUID noteId,
    String fileName,
    String contentType,
    long sizeBytes,
    String uploadedBy,
    Instant createdAt) {}
