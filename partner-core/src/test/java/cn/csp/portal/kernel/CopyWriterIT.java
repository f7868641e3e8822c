package cn.csp.portal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CopyWriter} in the caller's transaction, as the billing run writes invoice lines: every
 * value arrives as written (text with COPY's special characters, nulls, decimals, dates, instants),
 * and a rollback takes the rows with it.
 */
@IntegrationTest
class CopyWriterIT {

  @Autowired JdbcTemplate template;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  private final String table = "copy_writer_it_" + UUID.randomUUID().toString().replace("-", "");

  @BeforeEach
  void table() {
    jdbc.sql(
            "create table "
                + table
                + " (id uuid, name text, amount numeric(18, 6), quantity bigint, day date,"
                + " at timestamptz, flag boolean)")
        .update();
  }

  @AfterEach
  void dropTable() {
    jdbc.sql("drop table " + table).update();
  }

  private static final String TRICKY = "北京 \\ back\tslash \"quoted\", comma\nnew line\r\\N";

  private void write(List<Object[]> rows) {
    template.execute(
        (ConnectionCallback<Void>)
            connection -> {
              try (CopyWriter copy =
                  CopyWriter.inTransaction(
                      connection, table, "id", "name", "amount", "quantity", "day", "at", "flag")) {
                for (Object[] row : rows) {
                  copy.uuid((UUID) row[0])
                      .text((String) row[1])
                      .decimal((BigDecimal) row[2])
                      .integer((Integer) row[3])
                      .date((LocalDate) row[4])
                      .instant((Instant) row[5])
                      .bool((Boolean) row[6]);
                  copy.endRow();
                }
              }
              return null;
            });
  }

  @Test
  void everyValueArrivesAsWritten() {
    UUID id = UUID.randomUUID();
    Instant at = Instant.parse("2026-11-25T03:04:05.123456Z");
    transaction.executeWithoutResult(
        tx ->
            write(
                List.<Object[]>of(
                    new Object[] {
                      id,
                      TRICKY,
                      new BigDecimal("-12.345600"),
                      7,
                      LocalDate.of(2026, 2, 28),
                      at,
                      true
                    },
                    new Object[] {UUID.randomUUID(), "", BigDecimal.ZERO, null, null, null, false},
                    new Object[] {null, null, null, 0, LocalDate.of(2026, 1, 1), at, false})));

    List<Map<String, Object>> rows =
        jdbc.sql("select * from " + table + " order by quantity nulls first").query().listOfRows();
    assertThat(rows).hasSize(3);
    Map<String, Object> tricky =
        rows.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    assertThat(tricky.get("name")).isEqualTo(TRICKY);
    assertThat((BigDecimal) tricky.get("amount")).isEqualByComparingTo("-12.3456");
    assertThat(tricky.get("quantity")).isEqualTo(7L);
    assertThat(tricky.get("day").toString()).isEqualTo("2026-02-28");
    assertThat(((Timestamp) tricky.get("at")).toInstant()).isEqualTo(at);
    assertThat(tricky.get("flag")).isEqualTo(true);
    // an empty text stays empty, not null; a null stays null
    assertThat(rows).anySatisfy(r -> assertThat(r.get("name")).isEqualTo(""));
    assertThat(rows).anySatisfy(r -> assertThat(r.get("name")).isNull());
  }

  @Test
  void rowsRollBackWithTheTransaction() {
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    tx -> {
                      write(
                          List.<Object[]>of(
                              new Object[] {
                                UUID.randomUUID(), "gone", BigDecimal.ONE, 1, null, null, true
                              }));
                      throw new IllegalStateException("the run failed");
                    }))
        .hasMessage("the run failed");

    assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).isZero();
  }

  /** The COPY plans its foreign key checks once; the transaction's own setting comes back. */
  @Test
  void theTransactionsPlanCacheModeIsBackAfterTheCopy() {
    String after =
        transaction.execute(
            status -> {
              jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
              write(List.<Object[]>of(new Object[] {null, "one", null, null, null, null, true}));
              return jdbc.sql("select current_setting('plan_cache_mode')")
                  .query(String.class)
                  .single();
            });
    assertThat(after).isEqualTo("force_custom_plan");
  }

  @Test
  void aRowWithTooFewValuesIsRefused() {
    assertThatThrownBy(
            () ->
                template.execute(
                    (ConnectionCallback<Void>)
                        connection -> {
                          try (CopyWriter copy =
                              CopyWriter.inTransaction(connection, table, "id", "name")) {
                            copy.uuid(UUID.randomUUID());
                            copy.endRow();
                          }
                          return null;
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a row has 1 fields");
  }
}
