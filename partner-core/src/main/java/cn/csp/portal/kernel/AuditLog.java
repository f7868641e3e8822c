package cn.csp.portal.kernel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The append-only record of every mutation: who did it, when, what changed and why. Entries are
 * written in the caller's transaction, so a rolled-back change leaves no audit entry behind.
 */
public interface AuditLog {

  void record(AuditEntry entry);

  /** The newest entries of one partner, newest first. */
  List<RecordedAuditEntry> recentForPartner(UUID partnerId, int limit);

  /** An entry as stored, with its sequence number, time and request id. */
  record RecordedAuditEntry(long id, Instant occurredAt, String requestId, AuditEntry entry) {}
}
