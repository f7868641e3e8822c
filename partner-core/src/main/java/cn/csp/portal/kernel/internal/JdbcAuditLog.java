package cn.csp.portal.kernel.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.LikePatterns;
import cn.csp.portal.kernel.RequestCorrelation;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and searches audit entries with plain SQL: the log is append-only (a trigger refuses
 * updates and deletes), so it needs no entity life cycle. The details map is stored as jsonb, built
 * by PostgreSQL from two parallel arrays.
 */
@Repository
class JdbcAuditLog implements AuditLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcAuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditEntry entry) {
    Actor actor = entry.actor();
    String[] keys = entry.details().keySet().toArray(String[]::new);
    String[] values = entry.details().values().toArray(String[]::new);
    jdbc.sql(
            """
            insert into audit_log (occurred_at, actor_type, actor_id, actor_name, partner_id,
                                   action, target_type, target_id, details, reason, request_id)
            values (:occurredAt, :actorType, :actorId, :actorName, :partnerId,
                    :action, :targetType, :targetId, jsonb_object(:keys::text[], :values::text[]),
                    :reason, :requestId)
            """)
        .param("occurredAt", Timestamp.from(clock.instant()))
        .param("actorType", actor.type().name())
        .param("actorId", actor.id())
        .param("actorName", actor.name())
        .param("partnerId", entry.partnerId())
        .param("action", entry.action())
        .param("targetType", entry.targetType())
        .param("targetId", entry.targetId())
        .param("keys", textArray(keys))
        .param("values", textArray(values))
        .param("reason", entry.reason())
        .param("requestId", RequestCorrelation.currentRequestId())
        .update();
  }

  /** Binds a real SQL array; a plain Java array would be expanded into an IN-list. */
  private static SqlTypeValue textArray(String[] elements) {
    return new AbstractSqlTypeValue() {
      @Override
      protected Object createTypeValue(Connection connection, int sqlType, String typeName)
          throws SQLException {
        return connection.createArrayOf("text", elements);
      }
    };
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordedAuditEntry> recentForPartner(UUID partnerId, int limit) {
    return select(Filter.of(AuditQuery.forPartner(partnerId)), limit, 0);
  }

  @Override
  @Transactional(readOnly = true)
  public Page<RecordedAuditEntry> search(AuditQuery query, Pageable page) {
    Filter filter = Filter.of(query);
    List<RecordedAuditEntry> entries =
        page.isPaged()
            ? select(filter, page.getPageSize(), page.getOffset())
            : select(filter, Integer.MAX_VALUE, 0);
    return PageableExecutionUtils.getPage(
        entries,
        page,
        () ->
            jdbc.sql("select count(*) from audit_log a" + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single());
  }

  private List<RecordedAuditEntry> select(Filter filter, int limit, long offset) {
    return jdbc.sql(
            """
            select a.*,
                   coalesce((select array_agg(e.key order by e.key) from jsonb_each_text(a.details) e),
                            '{}') as detail_keys,
                   coalesce((select array_agg(e.value order by e.key) from jsonb_each_text(a.details) e),
                            '{}') as detail_values
              from audit_log a
            """
                + filter.where()
                + " order by a.id desc limit :limit offset :offset")
        .params(filter.parameters())
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, row) -> toRecorded(rs))
        .list();
  }

  /**
   * The where clause of a query: fixed SQL fragments, one per filter in use, and the bind
   * parameters they refer to. Leaving unused filters out (rather than {@code :x is null or ...})
   * lets PostgreSQL use the partner index for the common per-partner query.
   */
  private record Filter(String where, Map<String, Object> parameters) {

    static Filter of(AuditQuery query) {
      List<String> conditions = new ArrayList<>();
      Map<String, Object> parameters = new HashMap<>();
      if (query.partnerId() != null) {
        conditions.add("a.partner_id = :partnerId");
        parameters.put("partnerId", query.partnerId());
      }
      if (query.action() != null) {
        conditions.add("a.action like :actionPrefix escape '\\'");
        parameters.put("actionPrefix", LikePatterns.literal(query.action()) + "%");
      }
      if (query.actor() != null) {
        conditions.add("a.actor_name ilike :actorPart escape '\\'");
        parameters.put("actorPart", "%" + LikePatterns.literal(query.actor()) + "%");
      }
      if (query.from() != null) {
        conditions.add("a.occurred_at >= :from");
        parameters.put("from", Timestamp.from(query.fromInstant()));
      }
      if (query.to() != null) {
        conditions.add("a.occurred_at < :toExclusive");
        parameters.put("toExclusive", Timestamp.from(query.toInstantExclusive()));
      }
      String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
      return new Filter(where, parameters);
    }
  }

  private static RecordedAuditEntry toRecorded(ResultSet rs) throws SQLException {
    Actor actor =
        new Actor(
            ActorType.valueOf(rs.getString("actor_type")),
            rs.getObject("actor_id", UUID.class),
            rs.getString("actor_name"));
    AuditEntry entry =
        new AuditEntry(
            actor,
            rs.getObject("partner_id", UUID.class),
            rs.getString("action"),
            rs.getString("target_type"),
            rs.getString("target_id"),
            details(rs.getArray("detail_keys"), rs.getArray("detail_values")),
            rs.getString("reason"));
    return new RecordedAuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("request_id"),
        entry);
  }

  private static Map<String, String> details(Array keys, Array values) throws SQLException {
    String[] k = (String[]) keys.getArray();
    String[] v = (String[]) values.getArray();
    Map<String, String> details = new LinkedHashMap<>();
    for (int i = 0; i < k.length; i++) {
      details.put(k[i], v[i]);
    }
    return details;
  }
}
