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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
            List.of(
                new NewUsageRecord(
                    azure.id(),
                    LocalDate.of(2101, 11, 20),
                    "VIRTUAL MACHINES",
                    "Compute, Standard",
                    "DA41BC5F-0000-4000-8000-000000000001",
                    "Compute Hours",
                    "China East",
                    "7UD-00001",
                    "1",
                    new BigDecimal("11"),
                    null,
                    "China East",
                    "Compute",
                    "EXTERNAL",
                    "web-01",
                    "1.000000 Hours / 1 day")),
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

  private String firstLine(boolean usage) throws IOException {
    StringWriter out = new StringWriter();
    if (usage) {
      invoices.writeUsageReconciliation(
          partner.id(), invoiceId, out, false, partner.billingAdmin());
    } else {
      invoices.writeLicenseReconciliation(
          partner.id(), invoiceId, out, false, partner.billingAdmin());
    }
    String[] lines = out.toString().split("\r\n");
    assertThat(lines).as("header and the one line of the run").hasSize(2);
    return lines[1];
  }

  @Test
  void aMillionLicenseLinesStreamWithASmallHeap() throws IOException {
    String line = firstLine(false);
    String orderId =
        jdbc.sql("select order_id from license_recon_line where invoice_id = :id")
            .param("id", invoiceId)
            .query(String.class)
            .single();
    assertThat(line).contains("," + orderId + ",").contains(",Office 365 Enterprise E3,");
    copyFirstLine("license_recon_line", Map.of("line_number", "g", "order_id", "'ORDER-' || g"));

    CountingWriter out = new CountingWriter();
    invoices.writeLicenseReconciliation(
        partner.id(), invoiceId, out, false, partner.billingAdmin());

    assertThat(out.lines).isEqualTo(LINES + 1);
    assertThat(out.lastLine())
        .isEqualTo(line.replace("," + orderId + ",", ",ORDER-" + LINES + ","));
  }

  @Test
  void aMillionUsageLinesStreamWithASmallHeap() throws IOException {
    String line = firstLine(true);
    String orderId =
        jdbc.sql("select order_id from usage_recon_line where invoice_id = :id")
            .param("id", invoiceId)
            .query(String.class)
            .single();
    assertThat(line).contains("," + orderId + ",").contains(",VIRTUAL MACHINES,");
    copyFirstLine(
        "usage_recon_line",
        Map.of(
            "line_number", "g",
            "order_id", "'ORDER-' || g",
            "usage_record_id", "gen_random_uuid()"));

    CountingWriter out = new CountingWriter();
    invoices.writeUsageReconciliation(partner.id(), invoiceId, out, true, partner.billingAdmin());

    assertThat(out.lines).isEqualTo(LINES + 1);
    assertThat(out.lastLine())
        .isEqualTo(line.replace("," + orderId + ",", ",ORDER-" + LINES + ","));
  }
}
