package cn.csp.portal.kernel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The append-only record of every mutation: who did it, when, what changed and why. Entries are
 * written in the caller's transaction, so a rolled-back change leaves no audit entry behind.
 */
public interface AuditLog {

  void record(AuditEntry entry);

  /** The newest entries of one partner, newest first. */
  List<RecordedAuditEntry> recentForPartner(UUID partnerId, int limit);

  /**
   * The entries that match every filter of the query, newest first. The page's own sort is ignored:
   * the log is always read in the order it was written.
   */
  Page<RecordedAuditEntry> search(AuditQuery query, Pageable page);

  /** An entry as stored, with its sequence number, time and request id. */
  record RecordedAuditEntry(long id, Instant occurredAt, String requestId, AuditEntry entry) {}
}
