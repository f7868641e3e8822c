package cn.csp.portal.web.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a {@code /v1} create idempotent by the client's {@code MS-RequestId}, which the SDK keeps
 * across its automatic retries (contract 5.1): the first call creates and records its answer, a
 * retry with the same id gets that answer and creates nothing. The record and the created resource
 * commit in one transaction, and a concurrent retry waits on the record's key until the first call
 * commits, so two calls with one id never both create. A create that fails records nothing, so it
 * may be retried. Without a request id every call creates.
 */
@Component
public class IdempotentCreates {

  public static final String REQUEST_ID_HEADER = "MS-RequestId";
  private static final Duration KEPT_FOR = Duration.ofDays(1);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  IdempotentCreates(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
    this.json = json;
    this.clock = clock;
  }

  /**
   * The answer of the first call with this request id for this partner and operation, creating it
   * now if there was none.
   *
   * @param operation what is created, e.g. {@code customer} or {@code order:<customer id>}
   * @param type the answer's type, to read a recorded answer back
   */
  public <T> T once(
      UUID partnerId, String requestId, String operation, Class<T> type, Supplier<T> create) {
    if (requestId == null || requestId.isBlank()) {
      return create.get();
    }
    String key = requestId.trim();
    if (key.length() > 100) {
      throw ApiRequestRefused.badInput(REQUEST_ID_HEADER, "api.fault.requestIdTooLong", 100);
    }
    return transactions.execute(
        status -> {
          int claimed =
              jdbc.update(
                  "INSERT INTO api_idempotent_request"
                      + " (partner_id, request_id, operation, created_at)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                  partnerId,
                  key,
                  operation,
                  OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
          if (claimed == 0) {
            String recorded =
                jdbc.queryForObject(
                    "SELECT response FROM api_idempotent_request"
                        + " WHERE partner_id = ? AND request_id = ? AND operation = ?",
                    String.class,
                    partnerId,
                    key,
                    operation);
            return json.readValue(recorded, type);
          }
          T created = create.get();
          jdbc.update(
              "UPDATE api_idempotent_request SET response = ?"
                  + " WHERE partner_id = ? AND request_id = ? AND operation = ?",
              json.writeValueAsString(created),
              partnerId,
              key,
              operation);
          return created;
        });
  }

  /** Forgets answers older than a day: retries come within seconds. */
  @Scheduled(cron = "${portal.jobs.api-idempotency-cleanup.cron:0 15 * * * *}")
  @SchedulerLock(
      name = "api-idempotency-cleanup",
      lockAtMostFor = "PT15M",
      lockAtLeastFor = "${portal.jobs.lock-at-least-for:PT1M}")
  public void forgetOldAnswers() {
    Instant before = clock.instant().minus(KEPT_FOR);
    jdbc.update(
        "DELETE FROM api_idempotent_request WHERE created_at < ?",
        OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
  }
}
