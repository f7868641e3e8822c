package cn.csp.portal.billing;

import static cn.csp.portal.billing.BillingTestData.AZURE;
import static cn.csp.portal.billing.BillingTestData.E3;
import static cn.csp.portal.billing.BillingTestData.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.billing.BillingTestData.TestPartner;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.CsvReader;
import cn.csp.portal.kernel.Money;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Offset a line item" corrections: billed on the next invoice as credits with their tax, in the
 * file of the line they refund, never more than the line; the issued invoice never changes.
 */
@IntegrationTest
@Import({TestClock.Configuration.class, BillingTestData.class})
class InvoiceCorrectionsIT {

  private static final int YEAR = 2122;
  private static final LocalDate FIRST = LocalDate.of(YEAR, 4, 15);
  private static final LocalDate SECOND = LocalDate.of(YEAR, 5, 15);
  private static final LocalDate THIRD = LocalDate.of(YEAR, 6, 15);

  // license file columns (spec 2.13)
  private static final int CHARGE_TYPE = 12;
  private static final int TAX = 18;
  private static final int TOTAL_FOR_CUSTOMER = 19;
  // usage file columns
  private static final int USAGE_TAX_AMOUNT = 25;
  private static final int POST_TAX_TOTAL = 26;
  private static final int USAGE_CHARGE_TYPE = 30;

  @Autowired BillingRuns billingRuns;
  @Autowired Invoices invoices;
  @Autowired InvoiceCorrections corrections;
  @Autowired BillingTestData data;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void anOffsetIsACreditWithItsTaxOnTheNextInvoiceAndTheIssuedInvoiceNeverChanges()
      throws IOException {
    TestPartner partner = partnerWithE3("Offset Partner");
    String first = run(partner, FIRST);
    String issuedFile = licenseFile(partner, first);
    OffsetableLine line = firstLine(first, ReconciliationFile.LICENSE);

    corrections.offset(
        first,
        ReconciliationFile.LICENSE,
        line.lineNumber(),
        new BigDecimal("50"),
        "SLA",
        OPERATOR);
    corrections.offset(
        first,
        ReconciliationFile.LICENSE,
        line.lineNumber(),
        new BigDecimal("10.5"),
        "SLA",
        OPERATOR);
    assertThat(firstLine(first, ReconciliationFile.LICENSE).offset()).isEqualByComparingTo("60.50");

    String second = run(partner, SECOND);

    assertThat(licenseFile(partner, first)).isEqualTo(issuedFile);
    List<List<String>> rows = rows(licenseFile(partner, second));
    List<List<String>> offsets =
        rows.stream().filter(r -> r.get(CHARGE_TYPE).equals("Offset a line item")).toList();
    assertThat(offsets).hasSize(2);
    // offsets follow the period's charges, oldest first
    assertThat(rows.subList(rows.size() - 2, rows.size())).isEqualTo(offsets);
    List<String> original = rows(issuedFile).get(line.lineNumber() - 1);
    BigDecimal originalTax = new BigDecimal(original.get(TAX));
    BigDecimal originalTotal = new BigDecimal(original.get(TOTAL_FOR_CUSTOMER));
    assertThat(offsets.get(0).get(TOTAL_FOR_CUSTOMER)).isEqualTo("-50.00");
    assertThat(new BigDecimal(offsets.get(0).get(TAX)))
        .isEqualByComparingTo(proportionalTax(originalTax, "50", originalTotal).negate());
    assertThat(offsets.get(1).get(TOTAL_FOR_CUSTOMER)).isEqualTo("-10.50");

    InvoiceDetails invoice = invoices.find(partner.id(), second, partner.billingAdmin());
    assertThat(invoice.sections().creditsAndAdjustments()).isEqualByComparingTo("-60.50");
    assertThat(invoice.total()).isEqualByComparingTo(sumOf(rows, TOTAL_FOR_CUSTOMER));
    // the offsets' tax is part of the credit, not of the taxes
    BigDecimal chargesTax =
        rows.stream()
            .filter(r -> !r.get(CHARGE_TYPE).equals("Offset a line item"))
            .map(r -> new BigDecimal(r.get(TAX)))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(invoice.sections().taxes()).isEqualByComparingTo(chargesTax);
    assertThat(corrections.offsetsOf(first, OPERATOR))
        .extracting(LineOffset::billedInvoiceId)
        .containsOnly(second);

    // billed once: the next invoice has no credits
    String third = run(partner, THIRD);
    assertThat(invoices.find(partner.id(), third, partner.billingAdmin()).sections())
        .extracting(InvoiceSections::creditsAndAdjustments)
        .satisfies(credits -> assertThat(credits).isEqualByComparingTo("0"));
  }

  @Test
  void aWholeUsageLineIsOffsetInTheUsageFileAndItsRecordStaysBilledOnce() throws IOException {
    data.prices(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12));
    TestPartner partner = data.partner("Usage Offset Partner", 15);
    UUID customer = data.customer(partner, "Usage Offset Customer").customerId();
    Subscription azure = data.buy(partner, customer, LocalDate.of(YEAR, 3, 2), AZURE, 1);
    data.recordUsage(azure, LocalDate.of(YEAR, 3, 20), "100", LocalDate.of(YEAR, 4, 1));
    String first = run(partner, FIRST);
    OffsetableLine line = firstLine(first, ReconciliationFile.USAGE);
    List<String> original = rows(usageFile(partner, first)).get(0);

    corrections.offset(
        first, ReconciliationFile.USAGE, line.lineNumber(), line.total(), "Outage", OPERATOR);
    String second = run(partner, SECOND);

    List<List<String>> rows = rows(usageFile(partner, second));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get(USAGE_CHARGE_TYPE)).isEqualTo("Offset a line item");
    assertThat(rows.get(0).get(POST_TAX_TOTAL)).isEqualTo("-" + original.get(POST_TAX_TOTAL));
    assertThat(rows.get(0).get(USAGE_TAX_AMOUNT)).isEqualTo("-" + original.get(USAGE_TAX_AMOUNT));
    // the record's one charge stays on the first invoice, and nothing waits to bill it again
    assertThat(
            jdbc.sql(
                    """
                    select l.invoice_id from usage_recon_line l
                      join usage_record u on u.id = l.usage_record_id
                     where u.subscription_id = :id and l.charge_type <> 'Offset a line item'
                    """)
                .param("id", azure.id())
                .query(String.class)
                .list())
        .containsExactly(first);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from unbilled_usage w
                      join usage_record u on u.id = w.usage_record_id
                     where u.subscription_id = :id
                    """)
                .param("id", azure.id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(firstLine(first, ReconciliationFile.USAGE).offsettable()).isFalse();
  }

  @Test
  void badOffsetsAreRefusedAndNothingIsSaved() {
    TestPartner partner = partnerWithE3("Refused Offset Partner");
    String first = run(partner, FIRST);
    OffsetableLine line = firstLine(first, ReconciliationFile.LICENSE);
    int n = line.lineNumber();
    ReconciliationFile license = ReconciliationFile.LICENSE;

    assertRefused(
        () ->
            corrections.offset(
                first, license, n, line.total().add(new BigDecimal("0.01")), "x", OPERATOR),
        "billing.offset.exceedsLine");
    assertRefused(
        () -> corrections.offset(first, license, n, BigDecimal.ZERO, "x", OPERATOR),
        "billing.offset.amountInvalid");
    assertRefused(
        () -> corrections.offset(first, license, n, new BigDecimal("-5"), "x", OPERATOR),
        "billing.offset.amountInvalid");
    assertRefused(
        () -> corrections.offset(first, license, n, new BigDecimal("1.005"), "x", OPERATOR),
        "billing.offset.amountInvalid");
    assertRefused(
        () -> corrections.offset(first, license, n, BigDecimal.ONE, " ", OPERATOR),
        "billing.offset.reasonRequired");
    assertRefused(
        () -> corrections.offset(first, license, n, BigDecimal.ONE, "x", partner.admin()),
        "billing.offset.operatorsOnly");
    assertThatThrownBy(
            () -> corrections.offset("D999999999", license, 1, BigDecimal.ONE, "x", OPERATOR))
        .isInstanceOf(NotFound.class);
    assertRefused(
        () -> corrections.offset(first, license, 9999, BigDecimal.ONE, "x", OPERATOR),
        "billing.offset.lineNotFound");
    assertThat(corrections.offsetsOf(first, OPERATOR)).isEmpty();

    // an offset line is a credit: it cannot be offset in turn
    corrections.offset(first, license, n, BigDecimal.ONE, "goodwill", OPERATOR);
    String second = run(partner, SECOND);
    OffsetableLine credit =
        corrections.lines(second, license, PageRequest.of(0, 100), OPERATOR).getContent().stream()
            .filter(l -> l.chargeType().equals("Offset a line item"))
            .findFirst()
            .orElseThrow();
    assertThat(credit.offsettable()).isFalse();
    assertRefused(
        () ->
            corrections.offset(second, license, credit.lineNumber(), BigDecimal.ONE, "x", OPERATOR),
        "billing.offset.notOffsettable");
  }

  private TestPartner partnerWithE3(String name) {
    data.prices(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12));
    TestPartner partner = data.partner(name, 15);
    UUID customer = data.customer(partner, name + " Customer").customerId();
    data.buy(partner, customer, LocalDate.of(YEAR, 3, 2), E3, 10);
    return partner;
  }

  private String run(TestPartner partner, LocalDate invoiceDate) {
    clock.setToNoonOn(invoiceDate);
    BillingRun run = billingRuns.run(partner.id(), invoiceDate, OPERATOR);
    assertThat(run.status()).as(run.error()).isEqualTo(BillingRunStatus.COMPLETED);
    return run.invoiceId();
  }

  private OffsetableLine firstLine(String invoiceId, ReconciliationFile file) {
    return corrections.lines(invoiceId, file, PageRequest.of(0, 20), OPERATOR).getContent().get(0);
  }

  private String licenseFile(TestPartner partner, String invoiceId) throws IOException {
    StringWriter out = new StringWriter();
    invoices.writeLicenseReconciliation(
        partner.id(), invoiceId, out, false, partner.billingAdmin());
    return out.toString();
  }

  private String usageFile(TestPartner partner, String invoiceId) throws IOException {
    StringWriter out = new StringWriter();
    invoices.writeUsageReconciliation(partner.id(), invoiceId, out, false, partner.billingAdmin());
    return out.toString();
  }

  /** The file's data rows (the header dropped). */
  private static List<List<String>> rows(String csv) {
    return CsvReader.rows(csv).stream().skip(1).map(CsvReader.Row::fields).toList();
  }

  private static BigDecimal sumOf(List<List<String>> rows, int column) {
    return rows.stream()
        .map(r -> new BigDecimal(r.get(column)))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal proportionalTax(BigDecimal tax, String refund, BigDecimal total) {
    return Money.round(
        tax.multiply(new BigDecimal(refund)).divide(total, 10, RoundingMode.HALF_UP));
  }

  private static void assertRefused(Runnable offset, String messageKey) {
    assertThatThrownBy(offset::run)
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting("messageKey")
        .isEqualTo(messageKey);
  }
}
