package cn.csp.portal.billing.internal;

import static cn.csp.portal.billing.BillingTestData.E3;
import static cn.csp.portal.billing.BillingTestData.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.billing.BillingTestData;
import cn.csp.portal.billing.BillingTestData.TestPartner;
import cn.csp.portal.billing.FinanceChargeLine;
import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.InvoicePreview;
import cn.csp.portal.billing.InvoicePreviews;
import cn.csp.portal.billing.Invoices;
import cn.csp.portal.kernel.Money;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finance charges on overdue invoices, billed on the next invoice, and the next-invoice preview:
 * the billing run's rating as a dry run that writes nothing.
 */
@IntegrationTest
@Import({TestClock.Configuration.class, BillingTestData.class})
class FinanceChargesIT {

  private static final int YEAR = 2123;
  private static final BigDecimal RATE = new BigDecimal("0.015");

  @Autowired BillingRuns billingRuns;
  @Autowired Invoices invoices;
  @Autowired InvoicePreviews previews;
  @Autowired FinanceCharges financeCharges;
  @Autowired BillingTestData data;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void eachMonthOverdueIsChargedOnWhatWasUnpaidAndBilledOnTheNextInvoice() {
    TestPartner partner = partnerWithE3("Late Payer");
    InvoiceDetails april = run(partner, day(4, 15)); // due May 15
    InvoiceDetails may = run(partner, day(5, 15)); // due June 14
    assertThat(may.sections().financeCharges()).isEqualByComparingTo("0");

    // the first month overdue began on May 16: 1.5% of the whole April invoice
    InvoiceDetails june = run(partner, day(6, 15));
    BigDecimal firstMonth = Money.round(april.total().multiply(RATE));
    assertThat(june.sections().financeCharges()).isEqualByComparingTo(firstMonth);
    assertThat(june.total())
        .isEqualByComparingTo(
            june.sections().subtotal().add(june.sections().taxes()).add(firstMonth));
    assertThat(invoices.financeCharges(partner.id(), june.id(), partner.billingAdmin()))
        .containsExactly(
            new FinanceChargeLine(april.id(), 1, day(5, 16), april.total(), RATE, firstMonth));

    // part of April is paid on June 1: its second month (June 16) is charged on the rest; May's
    // first month overdue began on June 15
    data.pay(april.id(), new BigDecimal("100.00"), day(6, 1));
    InvoiceDetails july = run(partner, day(7, 15));
    BigDecimal aprilRest = april.total().subtract(new BigDecimal("100.00"));
    assertThat(invoices.financeCharges(partner.id(), july.id(), partner.billingAdmin()))
        .containsExactly(
            new FinanceChargeLine(may.id(), 1, day(6, 15), may.total(), RATE, charge(may.total())),
            new FinanceChargeLine(april.id(), 2, day(6, 16), aprilRest, RATE, charge(aprilRest)));
    assertThat(july.sections().financeCharges())
        .isEqualByComparingTo(charge(may.total()).add(charge(aprilRest)));
  }

  @Test
  void thePaidInvoiceAccruesNothingAndTheDailyAssessmentRecordsEachMonthOnce() {
    TestPartner partner = partnerWithE3("Prompt Payer");
    InvoiceDetails april = run(partner, day(4, 15));
    clock.setToNoonOn(day(5, 10));
    data.pay(april.id(), april.total(), day(5, 10));
    clock.setToNoonOn(day(7, 1));
    financeCharges.assessDaily();
    assertThat(recorded(partner.id())).isZero();

    TestPartner late = partnerWithE3("Daily Late Payer");
    run(late, day(4, 15));
    clock.setToNoonOn(day(6, 20));
    financeCharges.assessDaily();
    financeCharges.assessDaily();
    // May 16 and June 16
    assertThat(recorded(late.id())).isEqualTo(2);
  }

  @Test
  void thePreviewIsTheComingInvoiceAndWritesNothing() {
    TestPartner partner = partnerWithE3("Previewing Partner");
    InvoiceDetails april = run(partner, day(4, 15));
    run(partner, day(5, 15));
    clock.setToNoonOn(day(6, 10));
    long[] before = counts(partner.id());

    InvoicePreview preview = previews.preview(partner.id(), partner.billingAdmin()).orElseThrow();

    assertThat(counts(partner.id())).isEqualTo(before);
    assertThat(preview.invoiceDate()).isEqualTo(day(6, 15));
    assertThat(preview.dueDate()).isEqualTo(day(7, 15));
    assertThat(preview.financeCharges())
        .extracting(FinanceChargeLine::overdueInvoiceId)
        .containsExactly(april.id());
    InvoiceDetails june = run(partner, day(6, 15));
    assertThat(preview.sections()).isEqualTo(june.sections());
    assertThat(preview.licenseLineCount()).isEqualTo(june.licenseLineCount());
    assertThat(preview.lineSummary())
        .isEqualTo(invoices.lineSummary(partner.id(), june.id(), partner.billingAdmin()));

    // on the billing day after its run, the preview is of the next month's invoice
    assertThat(previews.preview(partner.id(), partner.billingAdmin()).orElseThrow().invoiceDate())
        .isEqualTo(day(7, 15));
  }

  @Test
  void theRateIsTheContractRateOrTheLegalMaximumWhicheverIsLess() {
    assertThat(rate("0.015", "0.01")).isEqualByComparingTo("0.01");
    assertThat(rate("0.015", "0.02")).isEqualByComparingTo("0.015");
  }

  private static BigDecimal rate(String contract, String legalMaximum) {
    return new FinanceCharges(
            null, null, null, new BigDecimal(contract), new BigDecimal(legalMaximum))
        .monthlyRate();
  }

  private static BigDecimal charge(BigDecimal balance) {
    return Money.round(balance.multiply(RATE));
  }

  private TestPartner partnerWithE3(String name) {
    data.prices(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12));
    TestPartner partner = data.partner(name, 15);
    UUID customer = data.customer(partner, name + " Customer").customerId();
    data.buy(partner, customer, day(3, 2), E3, 10);
    return partner;
  }

  private InvoiceDetails run(TestPartner partner, LocalDate invoiceDate) {
    clock.setToNoonOn(invoiceDate);
    BillingRun run = billingRuns.run(partner.id(), invoiceDate, OPERATOR);
    assertThat(run.status()).as(run.error()).isEqualTo(BillingRunStatus.COMPLETED);
    return invoices.find(partner.id(), run.invoiceId(), partner.billingAdmin());
  }

  private long recorded(UUID partnerId) {
    return jdbc.sql("select count(*) from finance_charge where partner_id = :id")
        .param("id", partnerId)
        .query(Long.class)
        .single();
  }

  /** Invoices, finance charges, billing runs and billed usage: what a run would write. */
  private long[] counts(UUID partnerId) {
    List<String> tables = List.of("invoice", "finance_charge", "billing_run", "line_offset");
    return tables.stream()
        .mapToLong(
            t ->
                jdbc.sql("select count(*) from " + t + " where partner_id = :id")
                    .param("id", partnerId)
                    .query(Long.class)
                    .single())
        .toArray();
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(YEAR, month, day);
  }
}
