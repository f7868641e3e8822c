package cn.csp.portal.support.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments' bytes in {@code support_attachment_content}, written in the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DatabaseAttachmentStore implements AttachmentStore {

  private final JdbcClient jdbc;

  DatabaseAttachmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void store(UUID attachmentId, byte[] content) {
    // the attachment row is written first, in the same transaction; its partner owns the bytes
    jdbc.sql(
            "insert into support_attachment_content (attachment_id, content, partner_id)"
                + " select id, :c, partner_id from support_attachment where id = :id")
        .param("id", attachmentId)
        .param("c", content)
        .update();
  }

  @Override
  public byte[] load(UUID attachmentId) {
    return jdbc.sql("select content from support_attachment_content where attachment_id = :id")
        .param("id", attachmentId)
        .query(byte[].class)
        .single();
  }
}
