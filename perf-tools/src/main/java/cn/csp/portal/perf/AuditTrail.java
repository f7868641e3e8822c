package cn.csp.portal.perf;

import cn.csp.portal.kernel.CopyWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

/**
 * The audit entries the application would have written for the generated history, in the shape of
 * {@code JdbcAuditLog}: the actor, the partner, the action, the target and the details as a jsonb
 * object of strings (or nulls).
 *
 * <p>The log's ids follow the order of writing and its pages list the newest id first, so entries
 * must enter {@code audit_log} in time order. The generator makes them entity by entity, though:
 * they go to an unlogged staging table first and move into the log sorted by time once all are
 * made.
 */
final class AuditTrail {

  static final String STAGING = "perf_audit_staging";

  /** Who did it, as {@code kernel.Actor} stores it. */
  record Actor(String type, UUID id, String name) {

    static Actor system(String job) {
      return new Actor("SYSTEM", null, job);
    }

    static Actor partnerUser(UUID id, String email) {
      return new Actor("PARTNER_USER", id, email);
    }

    static Actor operator(UUID id, String email) {
      return new Actor("OPERATOR", id, email);
    }
  }

  private final CopyWriter staging;
  private long sequence;

  private AuditTrail(CopyWriter staging, long firstSequence) {
    this.staging = staging;
    this.sequence = firstSequence;
  }

  static void createStaging(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("drop table if exists " + STAGING);
      statement.execute(
          "create unlogged table "
              + STAGING
              + " (seq bigint not null, occurred_at timestamptz not null,"
              + " actor_type varchar(20) not null, actor_id uuid, actor_name varchar(254) not null,"
              + " partner_id uuid, action varchar(100) not null, target_type varchar(60),"
              + " target_id varchar(100), details jsonb not null, reason varchar(1000),"
              + " request_id varchar(100))");
    }
    connection.commit();
  }

  /**
   * A trail writing through its own connection; {@code firstSequence} keeps entries of several
   * passes in the order they were made when their times are equal.
   */
  static AuditTrail open(Connection connection, long firstSequence) {
    return new AuditTrail(
        CopyWriter.committingEvery(
            connection,
            STAGING,
            50_000,
            "seq",
            "occurred_at",
            "actor_type",
            "actor_id",
            "actor_name",
            "partner_id",
            "action",
            "target_type",
            "target_id",
            "details",
            "reason",
            "request_id"),
        firstSequence);
  }

  /**
   * One entry. {@code details} alternate keys and values; values are written as text, as {@code
   * AuditEntry.Builder.detail} does with {@code toString()}.
   */
  void record(
      Instant at,
      Actor actor,
      UUID partnerId,
      String action,
      String targetType,
      Object targetId,
      String reason,
      String requestId,
      Object... details) {
    staging
        .integer(sequence++)
        .instant(at)
        .text(actor.type())
        .uuid(actor.id())
        .text(actor.name())
        .uuid(partnerId)
        .text(action)
        .text(targetType)
        .text(targetId == null ? null : targetId.toString())
        .text(json(details))
        .text(reason)
        .text(requestId);
    staging.endRow();
  }

  long nextSequence() {
    return sequence;
  }

  long rows() {
    return staging.rows();
  }

  void close() {
    staging.close();
  }

  /** Moves the staged entries into the log in time order and drops the staging table. */
  static long publish(Connection connection) throws SQLException {
    long moved;
    try (Statement statement = connection.createStatement()) {
      moved =
          statement.executeUpdate(
              "insert into audit_log (occurred_at, actor_type, actor_id, actor_name, partner_id,"
                  + " action, target_type, target_id, details, reason, request_id)"
                  + " select occurred_at, actor_type, actor_id, actor_name, partner_id, action,"
                  + " target_type, target_id, details, reason, request_id from "
                  + STAGING
                  + " order by occurred_at, seq");
      statement.execute("drop table " + STAGING);
    }
    connection.commit();
    return moved;
  }

  private static String json(Object... details) {
    if (details.length % 2 != 0) {
      throw new IllegalArgumentException("Details come in key-value pairs");
    }
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < details.length; i += 2) {
      if (i > 0) {
        json.append(", ");
      }
      quote(json, details[i].toString()).append(": ");
      Object value = details[i + 1];
      if (value == null) {
        json.append("null");
      } else {
        quote(json, value.toString());
      }
    }
    return json.append('}').toString();
  }

  private static StringBuilder quote(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
