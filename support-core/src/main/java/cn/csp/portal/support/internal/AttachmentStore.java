package cn.csp.portal.support.internal;

import java.util.UUID;

/**
 * Where attachments' bytes live. The database store keeps them next to their metadata, in the
 * request's transaction; a disk or object store would implement the same two methods.
 */
interface AttachmentStore {

  void store(UUID attachmentId, byte[] content);

  byte[] load(UUID attachmentId);
}
