package cn.csp.portal.support.internal;

import cn.csp.portal.support.AttachmentInfo;
import cn.csp.portal.support.DeskFilter;
import cn.csp.portal.support.StatusChange;
import cn.csp.portal.support.SupportCategory;
import cn.csp.portal.support.SupportContact;
import cn.csp.portal.support.SupportNote;
import cn.csp.portal.support.SupportRequestDetails;
import cn.csp.portal.support.SupportRequestFilter;
import cn.csp.portal.support.SupportRequestSummary;
import cn.csp.portal.support.SupportScope;
import cn.csp.portal.support.SupportSeverity;
import cn.csp.portal.support.SupportStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The support tables, read and written in the services' transactions. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SupportRequestStore {

  private static final String SUMMARY_COLUMNS =
      """
      r.id, r.number, r.partner_id, r.partner_name, r.scope, r.customer_id, r.customer_name,
      r.service, r.category, r.severity, r.title, r.status, r.assigned_operator_name,
      r.created_at, r.last_modified_at, r.first_response_due_at, r.first_responded_at
      """;

  private final JdbcClient jdbc;

  SupportRequestStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new request's row. */
  record NewRow(
      UUID id,
      String number,
      UUID partnerId,
      String partnerName,
      String partnerMpnId,
      SupportScope scope,
      UUID customerId,
      String customerName,
      String service,
      SupportCategory category,
      SupportSeverity severity,
      String title,
      String description,
      SupportContact contact,
      String locale,
      String invoiceId,
      String reconFile,
      Integer reconLine,
      String createdBy,
      Instant createdAt,
      Instant firstResponseDueAt) {}

  /** What a transition needs to know, read with the row locked. */
  record LockedRequest(
      UUID id,
      UUID partnerId,
      SupportScope scope,
      SupportStatus status,
      Instant closedAt,
      Instant firstRespondedAt) {}

  String nextNumber() {
    long next = jdbc.sql("select nextval('support_request_number_seq')").query(Long.class).single();
    return "SR" + next;
  }

  void insert(NewRow r) {
    jdbc.sql(
            """
            insert into support_request (id, number, partner_id, partner_name, partner_mpn_id,
                scope, customer_id, customer_name, service, category, severity, title,
                description, contact_first_name, contact_last_name, contact_email, contact_phone,
                locale, invoice_id, recon_file, recon_line, status, created_by, created_at,
                last_modified_by, last_modified_at, first_response_due_at)
            values (:id, :number, :partnerId, :partnerName, :mpnId, :scope, :customerId,
                :customerName, :service, :category, :severity, :title, :description, :firstName,
                :lastName, :email, :phone, :locale, :invoiceId, :reconFile, :reconLine, 'OPEN',
                :createdBy, :createdAt, :createdBy, :createdAt, :dueAt)
            """)
        .param("id", r.id())
        .param("number", r.number())
        .param("partnerId", r.partnerId())
        .param("partnerName", r.partnerName())
        .param("mpnId", r.partnerMpnId())
        .param("scope", r.scope().name())
        .param("customerId", r.customerId())
        .param("customerName", r.customerName())
        .param("service", r.service())
        .param("category", r.category().name())
        .param("severity", r.severity().name())
        .param("title", r.title())
        .param("description", r.description())
        .param("firstName", r.contact().firstName())
        .param("lastName", r.contact().lastName())
        .param("email", r.contact().email())
        .param("phone", r.contact().phone())
        .param("locale", r.locale())
        .param("invoiceId", r.invoiceId())
        .param("reconFile", r.reconFile())
        .param("reconLine", r.reconLine())
        .param("createdBy", r.createdBy())
        .param("createdAt", Timestamp.from(r.createdAt()))
        .param("dueAt", Timestamp.from(r.firstResponseDueAt()))
        .update();
  }

  void insertSubscriptions(UUID requestId, List<UUID> subscriptionIds) {
    for (UUID subscriptionId : subscriptionIds) {
      jdbc.sql(
              "insert into support_request_subscription (request_id, subscription_id, partner_id)"
                  + " select id, :s, partner_id from support_request where id = :r")
          .param("r", requestId)
          .param("s", subscriptionId)
          .update();
    }
  }

  /** Locks the request's row until the transaction ends: transitions never interleave. */
  Optional<LockedRequest> lock(UUID requestId) {
    return jdbc.sql(
            """
            select id, partner_id, scope, status, closed_at, first_responded_at
            from support_request where id = :id for update
            """)
        .param("id", requestId)
        .query(
            (rs, row) ->
                new LockedRequest(
                    rs.getObject("id", UUID.class),
                    rs.getObject("partner_id", UUID.class),
                    SupportScope.valueOf(rs.getString("scope")),
                    SupportStatus.valueOf(rs.getString("status")),
                    instant(rs, "closed_at"),
                    instant(rs, "first_responded_at")))
        .optional();
  }

  /** Records a status change (and the request's last activity), with its history row. */
  void changeStatus(
      LockedRequest request, SupportStatus to, String by, Instant now, boolean firstResponse) {
    jdbc.sql(
            """
            update support_request set status = :to,
                closed_at = cast(:closedAt as timestamptz),
                first_responded_at = coalesce(first_responded_at, cast(:respondedAt as timestamptz)),
                last_modified_by = :by, last_modified_at = :now, version = version + 1
            where id = :id
            """)
        .param("to", to.name())
        .param("now", Timestamp.from(now))
        .param("closedAt", to == SupportStatus.CLOSED ? Timestamp.from(now) : null)
        .param("respondedAt", firstResponse ? Timestamp.from(now) : null)
        .param("by", by)
        .param("id", request.id())
        .update();
    if (to != request.status()) {
      insertStatusChange(request.id(), request.status(), to, by, now);
    }
  }

  void insertStatusChange(
      UUID requestId, SupportStatus from, SupportStatus to, String by, Instant at) {
    jdbc.sql(
            """
            insert into support_status_change (id, request_id, from_status, to_status, changed_by,
                changed_at, partner_id)
            select :id, id, :from, :to, :by, :at, partner_id from support_request where id = :requestId
            """)
        .param("id", UUID.randomUUID())
        .param("requestId", requestId)
        .param("from", from == null ? null : from.name())
        .param("to", to.name())
        .param("by", by)
        .param("at", Timestamp.from(at))
        .update();
  }

  void assign(UUID requestId, UUID operatorId, String operatorName, String by, Instant now) {
    jdbc.sql(
            """
            update support_request set assigned_operator_id = :operatorId,
                assigned_operator_name = :operatorName, last_modified_by = :by,
                last_modified_at = :now, version = version + 1
            where id = :id
            """)
        .param("operatorId", operatorId)
        .param("operatorName", operatorName)
        .param("by", by)
        .param("now", Timestamp.from(now))
        .param("id", requestId)
        .update();
  }

  UUID insertNote(UUID requestId, boolean byOperator, String author, String text, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into support_note (id, request_id, author_type, author_name, text, created_at,
                partner_id)
            select :id, id, :type, :author, :text, :now, partner_id
              from support_request where id = :requestId
            """)
        .param("id", id)
        .param("requestId", requestId)
        .param("type", byOperator ? "OPERATOR" : "PARTNER")
        .param("author", author)
        .param("text", text)
        .param("now", Timestamp.from(now))
        .update();
    return id;
  }

  void insertAttachment(
      UUID id,
      UUID requestId,
      UUID noteId,
      AttachmentPolicy.CheckedAttachment file,
      String by,
      Instant now) {
    jdbc.sql(
            """
            insert into support_attachment (id, request_id, note_id, file_name, content_type,
                size_bytes, sha256, uploaded_by, created_at, partner_id)
            select :id, id, :noteId, :name, :type, :size, :sha, :by, :now, partner_id
              from support_request where id = :requestId
            """)
        .param("id", id)
        .param("requestId", requestId)
        .param("noteId", noteId)
        .param("name", file.fileName())
        .param("type", file.contentType())
        .param("size", file.content().length)
        .param("sha", file.sha256())
        .param("by", by)
        .param("now", Timestamp.from(now))
        .update();
  }

  Optional<AttachmentInfo> attachment(UUID requestId, UUID attachmentId) {
    return jdbc.sql("select * from support_attachment where id = :id and request_id = :requestId")
        .param("id", attachmentId)
        .param("requestId", requestId)
        .query(SupportRequestStore::attachmentInfo)
        .optional();
  }

  Optional<SupportRequestSummary> summary(UUID requestId) {
    return jdbc.sql("select " + SUMMARY_COLUMNS + " from support_request r where r.id = :id")
        .param("id", requestId)
        .query(SupportRequestStore::summary)
        .optional();
  }

  Optional<SupportRequestDetails> details(UUID requestId) {
    Optional<SupportRequestSummary> summary = summary(requestId);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    List<AttachmentInfo> attachments =
        jdbc.sql(
                "select * from support_attachment where request_id = :id"
                    + " order by created_at, file_name")
            .param("id", requestId)
            .query(SupportRequestStore::attachmentInfo)
            .list();
    Map<UUID, List<AttachmentInfo>> byNote =
        attachments.stream()
            .filter(a -> a.noteId() != null)
            .collect(Collectors.groupingBy(AttachmentInfo::noteId));
    List<SupportNote> notes =
        jdbc.sql("select * from support_note where request_id = :id order by position")
            .param("id", requestId)
            .query(
                (rs, row) -> {
                  UUID noteId = rs.getObject("id", UUID.class);
                  return new SupportNote(
                      noteId,
                      "OPERATOR".equals(rs.getString("author_type")),
                      rs.getString("author_name"),
                      rs.getString("text"),
                      instant(rs, "created_at"),
                      byNote.getOrDefault(noteId, List.of()));
                })
            .list();
    List<StatusChange> history =
        jdbc.sql("select * from support_status_change where request_id = :id order by position")
            .param("id", requestId)
            .query(
                (rs, row) ->
                    new StatusChange(
                        rs.getString("from_status") == null
                            ? null
                            : SupportStatus.valueOf(rs.getString("from_status")),
                        SupportStatus.valueOf(rs.getString("to_status")),
                        rs.getString("changed_by"),
                        instant(rs, "changed_at")))
            .list();
    List<UUID> subscriptions =
        jdbc.sql(
                "select subscription_id from support_request_subscription where request_id = :id"
                    + " order by subscription_id")
            .param("id", requestId)
            .query(UUID.class)
            .list();
    return jdbc.sql("select * from support_request where id = :id")
        .param("id", requestId)
        .query(
            (rs, row) ->
                new SupportRequestDetails(
                    summary.get(),
                    rs.getString("description"),
                    new SupportContact(
                        rs.getString("contact_first_name"),
                        rs.getString("contact_last_name"),
                        rs.getString("contact_email"),
                        rs.getString("contact_phone")),
                    rs.getString("locale"),
                    rs.getString("invoice_id"),
                    rs.getString("recon_file"),
                    (Integer) rs.getObject("recon_line"),
                    subscriptions,
                    rs.getString("created_by"),
                    instant(rs, "closed_at"),
                    attachments.stream().filter(a -> a.noteId() == null).toList(),
                    notes,
                    history))
        .optional();
  }

  /** The partner's requests of the given scopes that match the filter, newest activity first. */
  Page<SupportRequestSummary> list(
      UUID partnerId, Set<SupportScope> scopes, SupportRequestFilter filter, Pageable page) {
    Conditions where = new Conditions();
    where.add("r.partner_id = :partnerId", "partnerId", partnerId);
    where.add("r.scope in (:scopes)", "scopes", scopes.stream().map(Enum::name).sorted().toList());
    where.addIfPresent("r.status = :status", "status", filter.status());
    where.addIfPresent("r.severity = :severity", "severity", filter.severity());
    where.addIfPresent("r.category = :category", "category", filter.category());
    where.addIfPresent("r.scope = :scope", "scope", filter.scope());
    where.addIfPresent("r.customer_id = :customerId", "customerId", filter.customerId());
    return page(where, "r.last_modified_at desc, r.id", page);
  }

  /**
   * The desk's queue: the requests still waiting for a first response first, the soonest due first;
   * then the others, latest activity first.
   */
  Page<SupportRequestSummary> queue(DeskFilter filter, Pageable page) {
    Conditions where = new Conditions();
    where.addIfPresent("r.status = :status", "status", filter.status());
    where.addIfPresent("r.severity = :severity", "severity", filter.severity());
    where.addIfPresent("r.category = :category", "category", filter.category());
    where.addIfPresent(
        "r.assigned_operator_id = :operatorId", "operatorId", filter.assignedOperatorId());
    if (filter.unansweredOnly()) {
      where.add("r.first_responded_at is null and r.status <> 'CLOSED'");
    }
    String search = filter.partnerSearch() == null ? "" : filter.partnerSearch().strip();
    if (!search.isEmpty()) {
      where.add(
          "(lower(r.partner_name) like :search escape '\\' or r.partner_mpn_id = :mpnId)",
          "search",
          "%" + likeEscaped(search.toLowerCase(Locale.ROOT)) + "%");
      where.params.put("mpnId", search);
    }
    return page(
        where,
        """
        (r.first_responded_at is null and r.status <> 'CLOSED') desc,
        case when r.first_responded_at is null and r.status <> 'CLOSED'
            then r.first_response_due_at end,
        r.last_modified_at desc, r.id
        """,
        page);
  }

  /**
   * Flags the requests whose first response is overdue at {@code now} (locked, skipping those
   * another node flags at the same moment).
   */
  List<UUID> flagOverdue(Instant now) {
    List<UUID> overdue =
        jdbc.sql(
                """
                select id from support_request
                where first_responded_at is null and sla_breached_at is null
                    and status <> 'CLOSED' and first_response_due_at < :now
                order by first_response_due_at
                for update skip locked
                """)
            .param("now", Timestamp.from(now))
            .query(UUID.class)
            .list();
    if (!overdue.isEmpty()) {
      jdbc.sql("update support_request set sla_breached_at = :now where id in (:ids)")
          .param("now", Timestamp.from(now))
          .param("ids", overdue)
          .update();
    }
    return overdue;
  }

  private Page<SupportRequestSummary> page(Conditions where, String orderBy, Pageable page) {
    long total =
        jdbc.sql("select count(*) from support_request r" + where.sql())
            .params(where.params)
            .query(Long.class)
            .single();
    List<SupportRequestSummary> rows =
        jdbc.sql(
                "select "
                    + SUMMARY_COLUMNS
                    + " from support_request r"
                    + where.sql()
                    + " order by "
                    + orderBy
                    + " limit :limit offset :offset")
            .params(where.params)
            .param("limit", page.getPageSize())
            .param("offset", page.getOffset())
            .query(SupportRequestStore::summary)
            .list();
    return new PageImpl<>(rows, page, total);
  }

  /** A query's conditions and their parameters, built up filter by filter. */
  private static final class Conditions {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    void add(String clause) {
      clauses.add(clause);
    }

    void add(String clause, String name, Object value) {
      clauses.add(clause);
      params.put(name, value);
    }

    void addIfPresent(String clause, String name, Object value) {
      if (value != null) {
        add(clause, name, value instanceof Enum<?> e ? e.name() : value);
      }
    }

    String sql() {
      return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static SupportRequestSummary summary(ResultSet rs, int row) throws SQLException {
    return new SupportRequestSummary(
        rs.getObject("id", UUID.class),
        rs.getString("number"),
        rs.getObject("partner_id", UUID.class),
        rs.getString("partner_name"),
        SupportScope.valueOf(rs.getString("scope")),
        rs.getObject("customer_id", UUID.class),
        rs.getString("customer_name"),
        rs.getString("service"),
        SupportCategory.valueOf(rs.getString("category")),
        SupportSeverity.valueOf(rs.getString("severity")),
        rs.getString("title"),
        SupportStatus.valueOf(rs.getString("status")),
        rs.getString("assigned_operator_name"),
        instant(rs, "created_at"),
        instant(rs, "last_modified_at"),
        instant(rs, "first_response_due_at"),
        instant(rs, "first_responded_at"));
  }

  private static AttachmentInfo attachmentInfo(ResultSet rs, int row) throws SQLException {
    return new AttachmentInfo(
        rs.getObject("id", UUID.class),
        rs.getObject("note_id", UUID.class),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("uploaded_by"),
        instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
