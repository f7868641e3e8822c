package cn.csp.portal.billing;

import static cn.csp.portal.billing.BillingTestData.E3;
import static cn.csp.portal.billing.BillingTestData.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.billing.BillingTestData.TestPartner;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reconciliation file of a million lines streams from the database with the heap capped at 256
 * MB: far less than the lines would take in memory, so a driver that read the whole result (no
 * cursor) would fail with an OutOfMemoryError. Runs in failsafe's {@code low-heap} execution (see
 * billing-core/pom.xml and docs/testing.md), which sets {@code -Xmx256m}.
 */
@IntegrationTest
@Import({TestClock.Configuration.class, BillingTestData.class})
class LargeReconciliationExportIT {

  private static final int LINES = 1_000_000;
  private static final String AZURE = "Microsoft Azure operated by 21Vianet";
  private static final LocalDate INVOICE_DATE = LocalDate.of(2101, 12, 15);

  @Autowired BillingTestData data;
  @Autowired BillingRuns billingRuns;
  @Autowired Invoices invoices;
  @Autowired UsageRecords usageRecords;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  private TestPartner partner;
  private String invoiceId;

  /** Counts lines and keeps only the last one: constant memory, whatever comes through. */
  static final class CountingWriter extends Writer {
    long lines;
    long chars;
    private final StringBuilder current = new StringBuilder();
    private String last = "";

    @Override
    public void write(char[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        char c = buffer[i];
        chars++;
        if (c == '\n') {
          lines++;
          last = current.toString();
          current.setLength(0);
        } else if (c != '\r') {
          current.append(c);
        }
      }
    }

    String lastLine() {
      return current.isEmpty() ? last : current.toString();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @BeforeEach
  void anInvoiceWithOneLicenseAndOneUsageLine() {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("run with -Xmx256m: failsafe's low-heap execution, see docs/testing.md")
        .isLessThanOrEqualTo(256L * 1024 * 1024);
    data.prices(YearMonth.of(2101, 10), YearMonth.of(2101, 12));
    partner = data.partner("Streaming Partner", 15);
    var customer = data.customer(partner, "云启流式客户");
    data.buy(partner, customer.customerId(), LocalDate.of(2101, 11, 1), E3, 10);
    Subscription azure =
        data.buy(partner, customer.customerId(), LocalDate.of(2101, 11, 1), AZURE, 1);
    clock.setToNoonOn(LocalDate.of(2101, 12, 1));
    UsageImportReport report =
        usageRecords.record(
            List.of(BillingTestData.vmHours(azure.id(), LocalDate.of(2101, 11, 20), "11")),
            OPERATOR);
    assertThat(report.successful()).as(report.toString()).isTrue();
    clock.setToNoonOn(INVOICE_DATE);
    BillingRun run = billingRuns.run(partner.id(), INVOICE_DATE, OPERATOR);
    assertThat(run.status()).as(run.error()).isEqualTo(BillingRunStatus.COMPLETED);
    invoiceId = run.invoiceId();
  }

  /**
   * Copies the invoice's line 1 of {@code table} to lines 2 … {@link #LINES}, in the database (one
   * INSERT … SELECT over generate_series), with the given columns set per copy ({@code g} is the
   * line number).
   */
  private void copyFirstLine(String table, Map<String, String> perCopy) {
    List<String> columns =
        jdbc.sql(
                "select column_name from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = :table"
                    + " order by ordinal_position")
            .param("table", table)
            .query(String.class)
            .list();
    String select =
        columns.stream()
            .map(c -> perCopy.getOrDefault(c, "l." + c))
            .collect(Collectors.joining(", "));
    int inserted =
        jdbc.sql(
                "insert into "
                    + table
                    + " ("
                    + String.join(", ", columns)
                    + ") select "
                    + select
                    + " from "
                    + table
                    + " l cross join generate_series(2, :lines) g"
                    + " where l.invoice_id = :invoice and l.line_number = 1")
            .param("lines", LINES)
            .param("invoice", invoiceId)
            .update();
    assertThat(inserted).isEqualTo(LINES - 1);
  }

  private void export(boolean usage, Writer out) throws IOException {
    if (usage) {
      invoices.writeUsageReconciliation(partner.id(), invoiceId, out, true, partner.billingAdmin());
    } else {
      invoices.writeLicenseReconciliation(
          partner.id(), invoiceId, out, false, partner.billingAdmin());
    }
  }

  /**
   * Copies the invoice's one line of the file to a million, each with its own OrderID, streams the
   * file and checks the count and the last line: the first one with the last OrderID.
   */
  private void streamsAMillionLines(boolean usage, String table, Map<String, String> perCopy)
      throws IOException {
    StringWriter small = new StringWriter();
    export(usage, small);
    String[] lines = small.toString().split("\r\n");
    assertThat(lines).as("header and the one line of the run").hasSize(2);
    String orderId =
        jdbc.sql("select order_id from " + table + " where invoice_id = :id")
            .param("id", invoiceId)
            .query(String.class)
            .single();
    assertThat(lines[1]).contains("," + orderId + ",").contains("云启流式客户");
    Map<String, String> columns = new HashMap<>(perCopy);
    columns.put("line_number", "g");
    columns.put("order_id", "'ORDER-' || g");
    copyFirstLine(table, columns);

    CountingWriter out = new CountingWriter();
    export(usage, out);

    assertThat(out.lines).isEqualTo(LINES + 1);
    assertThat(out.lastLine())
        .isEqualTo(lines[1].replace("," + orderId + ",", ",ORDER-" + LINES + ","));
  }

  @Test
  void aMillionLicenseLinesStreamWithASmallHeap() throws IOException {
    streamsAMillionLines(false, "license_recon_line", Map.of());
  }

  @Test
  void aMillionUsageLinesStreamWithASmallHeap() throws IOException {
    // usage_record_id is unique: each copy bills a record of its own
    streamsAMillionLines(true, "usage_recon_line", Map.of("usage_record_id", "gen_random_uuid()"));
  }
}
