package cn.csp.portal.billing;

import static cn.csp.portal.billing.BillingTestData.E3;
import static cn.csp.portal.billing.BillingTestData.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.billing.BillingTestData.TestPartner;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The run's guarantees: idempotent, all or nothing per partner, partners independent, one invoice
 * under concurrency, gapless invoice numbers, the invoice mailed to the invoice recipient.
 */
@IntegrationTest
@Import({TestClock.Configuration.class, BillingTestData.class, FailingRunHook.class})
class BillingRunsIT {

  // a year no other test bills in: its billing dates are this class's alone
  private static final int YEAR = 2111;
  private static final LocalDate ORDER_DAY = LocalDate.of(YEAR, 3, 2);
  private static final LocalDate INVOICE_DATE = LocalDate.of(YEAR, 4, 15);

  @Autowired BillingRuns billingRuns;
  @Autowired Invoices invoices;
  @Autowired PartnerAccounts partners;
  @Autowired BillingTestData data;
  @Autowired FailingRunHook hook;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void noMoreFailures() {
    hook.reset();
  }

  /** A partner with one customer who bought 10 E3 licenses in March. */
  private TestPartner billablePartner(String name) {
    data.prices(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12));
    TestPartner partner = data.partner(name, 15);
    UUID customer = data.customer(partner, "Billing Customer").customerId();
    data.buy(partner, customer, ORDER_DAY, E3, 10);
    clock.setToNoonOn(INVOICE_DATE);
    return partner;
  }

  @Test
  void runningACompletedDateAgainCreatesNothing() {
    TestPartner partner = billablePartner("Rerun Partner");

    BillingRun first = billingRuns.run(partner.id(), INVOICE_DATE, OPERATOR);
    BillingRun second = billingRuns.run(partner.id(), INVOICE_DATE, OPERATOR);

    assertThat(first.status()).isEqualTo(BillingRunStatus.COMPLETED);
    assertThat(first.invoiceId()).isNotNull();
    assertThat(first.licenseLineCount()).isPositive();
    assertThat(second).isEqualTo(first);
    assertThat(invoiceCount(partner.id())).isEqualTo(1);
  }

  @Test
  void theInvoiceIsMailedToTheInvoiceRecipient() {
    TestPartner partner = billablePartner("Mailed Partner");
    String recipient =
        partners.findProfiles(partner.id()).orElseThrow().billing().invoiceRecipient().email();

    BillingRun run = billingRuns.run(partner.id(), INVOICE_DATE, OPERATOR);

    MimeMessage mail = TestMailServer.get().awaitMessage(recipient, 1);
    assertThat(TestMailServer.subject(mail)).contains(run.invoiceId());
    assertThat(TestMailServer.decoded(mail)).contains(run.invoiceId()).contains("2111-05-15");
  }

  @Test
  void twoConcurrentRunsForOnePartnerAndDateIssueOneInvoice() throws Exception {
    TestPartner partner = billablePartner("Concurrent Partner");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<BillingRun>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            CompletableFuture.supplyAsync(
                () -> {
                  await(start);
                  return billingRuns.run(partner.id(), INVOICE_DATE, OPERATOR);
                },
                threads));
      }
      BillingRun a = runs.get(0).get();
      BillingRun b = runs.get(1).get();
      assertThat(a.status()).isEqualTo(BillingRunStatus.COMPLETED);
      assertThat(b.status()).isEqualTo(BillingRunStatus.COMPLETED);
      assertThat(a.invoiceId()).isNotNull().isEqualTo(b.invoiceId());
      assertThat(invoiceCount(partner.id())).isEqualTo(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aRunThatFailsMidwayLeavesNothingAndGivesItsNumberBack() {
    TestPartner before = billablePartner("Gapless Before");
    TestPartner crashing = billablePartner("Gapless Crashing");
    TestPartner after = billablePartner("Gapless After");
    hook.failFor(crashing.id());

    BillingRun first = billingRuns.run(before.id(), INVOICE_DATE, OPERATOR);
    BillingRun failed = billingRuns.run(crashing.id(), INVOICE_DATE, OPERATOR);
    BillingRun next = billingRuns.run(after.id(), INVOICE_DATE, OPERATOR);

    assertThat(failed.status()).isEqualTo(BillingRunStatus.FAILED);
    assertThat(failed.invoiceId()).isNull();
    assertThat(failed.error()).contains("Simulated crash");
    assertThat(invoiceCount(crashing.id())).isZero();
    assertThat(lineCount(crashing.id())).isZero();
    // the crashed run's number went back: no gap between the two completed runs
    assertThat(number(next.invoiceId())).isEqualTo(number(first.invoiceId()) + 1);

    hook.reset();
    BillingRun rerun = billingRuns.run(crashing.id(), INVOICE_DATE, OPERATOR);
    assertThat(rerun.status()).isEqualTo(BillingRunStatus.COMPLETED);
    assertThat(rerun.attempts()).isEqualTo(2);
    assertThat(number(rerun.invoiceId())).isEqualTo(number(next.invoiceId()) + 1);
    // the rerun bills exactly what a clean run bills
    assertThat(normalizedLicenseFile(crashing, rerun.invoiceId()))
        .isEqualTo(normalizedLicenseFile(before, first.invoiceId()));
  }

  @Test
  void aLongRunHoldsUpNoOtherPartnersInvoiceNumber() throws Exception {
    TestPartner slow = billablePartner("Numbers Slow");
    TestPartner quick = billablePartner("Numbers Quick");
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    hook.holdFor(slow.id(), held, release);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<BillingRun> slowRun =
          thread.submit(() -> billingRuns.run(slow.id(), INVOICE_DATE, OPERATOR));
      // the slow run has its number and its lines written, and has not committed
      assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();

      BillingRun quickRun = billingRuns.run(quick.id(), INVOICE_DATE, OPERATOR);
      assertThat(quickRun.status()).isEqualTo(BillingRunStatus.COMPLETED);

      release.countDown();
      BillingRun slowDone = slowRun.get(20, TimeUnit.SECONDS);
      assertThat(slowDone.status()).isEqualTo(BillingRunStatus.COMPLETED);
      // the numbers follow the reservations, not the commits: still no gap
      assertThat(number(quickRun.invoiceId())).isEqualTo(number(slowDone.invoiceId()) + 1);
    } finally {
      release.countDown();
      thread.shutdownNow();
    }
  }

  @Test
  void theDailyJobRunsEveryDuePartnerAndOneFailureStopsNoOther() {
    // the latest year of all billing tests: the daily job bills every partner in the database
    int year = 2199;
    data.prices(YearMonth.of(year, 1), YearMonth.of(year, 12));
    List<TestPartner> due = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      TestPartner partner = data.partner("Due Partner " + i, 10);
      UUID customer = data.customer(partner, "Due Customer").customerId();
      data.buy(partner, customer, LocalDate.of(year, 5, 20), E3, 4);
      due.add(partner);
    }
    hook.failFor(due.get(1).id());
    LocalDate today = LocalDate.of(year, 7, 12);
    clock.setToNoonOn(today);

    List<BillingRun> attempted = billingRuns.runDue(today);

    assertThat(statusOf(attempted, due.get(0))).isEqualTo(BillingRunStatus.COMPLETED);
    assertThat(statusOf(attempted, due.get(1))).isEqualTo(BillingRunStatus.FAILED);
    assertThat(statusOf(attempted, due.get(2))).isEqualTo(BillingRunStatus.COMPLETED);
    assertThat(attempted)
        .filteredOn(r -> due.stream().anyMatch(p -> p.id().equals(r.partnerId())))
        .allMatch(r -> r.invoiceDate().equals(LocalDate.of(year, 7, 10)));
    assertThat(billingRuns.runs(BillingRunStatus.FAILED, PageRequest.of(0, 50), OPERATOR))
        .anyMatch(r -> r.partnerId().equals(due.get(1).id()));

    hook.reset();
    List<BillingRun> rerun = billingRuns.runDue(today);

    // only the failed partner is run again; the others are done
    assertThat(rerun).extracting(BillingRun::partnerId).contains(due.get(1).id());
    assertThat(rerun)
        .extracting(BillingRun::partnerId)
        .doesNotContain(due.get(0).id(), due.get(2).id());
    assertThat(statusOf(rerun, due.get(1))).isEqualTo(BillingRunStatus.COMPLETED);
    String first = invoices.overview(due.get(0).id(), due.get(0).admin()).latestInvoice().id();
    String retried = invoices.overview(due.get(1).id(), due.get(1).admin()).latestInvoice().id();
    assertThat(normalizedLicenseFile(due.get(1), retried))
        .isEqualTo(normalizedLicenseFile(due.get(0), first));
    assertThat(billingRuns.runDue(today))
        .extracting(BillingRun::partnerId)
        .doesNotContainAnyElementsOf(due.stream().map(TestPartner::id).toList());
  }

  @Test
  void anOperatorQueuesTheDueRunsWhichTheNextDrainBills() {
    int year = 2199;
    data.prices(YearMonth.of(year, 1), YearMonth.of(year, 12));
    TestPartner partner = data.partner("Queued By Operator", 10);
    UUID customer = data.customer(partner, "Queued Customer").customerId();
    data.buy(partner, customer, LocalDate.of(year, 8, 20), E3, 2);
    LocalDate today = LocalDate.of(year, 9, 12);
    clock.setToNoonOn(today);

    assertThatThrownBy(() -> billingRuns.enqueueDue(today, partner.admin()))
        .extracting(e -> ((BusinessRuleViolation) e).messageKey())
        .isEqualTo("billing.run.operatorsOnly");
    assertThat(billingRuns.enqueueDue(today, OPERATOR)).isPositive();
    assertThat(billingRuns.queuedCount(OPERATOR)).isPositive();
    // queued once: a second click adds nothing
    assertThat(billingRuns.enqueueDue(today, OPERATOR)).isZero();
    assertThat(invoiceCount(partner.id())).isZero();

    // no workers in tests: the due run drains the queue, the operator's items included
    List<BillingRun> attempted = billingRuns.runDue(today);

    assertThat(statusOf(attempted, partner)).isEqualTo(BillingRunStatus.COMPLETED);
    assertThat(attempted)
        .filteredOn(r -> r.partnerId().equals(partner.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.triggeredBy()).isEqualTo(OPERATOR.name()))
        .satisfies(r -> assertThat(r.node()).isNotBlank());
    assertThat(billingRuns.queuedCount(OPERATOR)).isZero();
    assertThat(invoiceCount(partner.id())).isEqualTo(1);
  }

  @Test
  void onlyBillingDatesInThePastCanBeRun() {
    TestPartner partner = billablePartner("Dates Partner");

    assertThatThrownBy(() -> billingRuns.run(partner.id(), INVOICE_DATE.plusDays(1), OPERATOR))
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting(e -> ((BusinessRuleViolation) e).messageKey())
        .isEqualTo("billing.run.notABillingDate");
    assertThatThrownBy(() -> billingRuns.run(partner.id(), INVOICE_DATE.plusMonths(1), OPERATOR))
        .extracting(e -> ((BusinessRuleViolation) e).messageKey())
        .isEqualTo("billing.run.future");
    assertThatThrownBy(() -> billingRuns.run(partner.id(), INVOICE_DATE, partner.admin()))
        .extracting(e -> ((BusinessRuleViolation) e).messageKey())
        .isEqualTo("billing.run.operatorsOnly");
    assertThat(invoiceCount(partner.id())).isZero();
  }

  private static BillingRunStatus statusOf(List<BillingRun> runs, TestPartner partner) {
    return runs.stream()
        .filter(r -> r.partnerId().equals(partner.id()))
        .findFirst()
        .orElseThrow()
        .status();
  }

  /** The license file with the partner's own ids replaced, to compare two partners' files. */
  private String normalizedLicenseFile(TestPartner partner, String invoiceId) {
    StringWriter csv = new StringWriter();
    try {
      invoices.writeLicenseReconciliation(partner.id(), invoiceId, csv, false, partner.admin());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> normalized = new ArrayList<>();
    for (String line : csv.toString().split("\r\n")) {
      String[] fields = line.split(",", -1);
      // PartnerId, CustomerID, OrderID, SubscriptionID, SyndicationPartnerSubscriptionNumber
      for (int i = 0; i < 5 && !line.startsWith("PartnerId"); i++) {
        fields[i] = "*";
      }
      if (!line.startsWith("PartnerId")) {
        fields[22] = "*"; // MPNID
        fields[23] = "*"; // ResellerMPNID
        fields[24] = "*"; // DomainName
      }
      normalized.add(String.join(",", fields));
    }
    return String.join("\n", normalized);
  }

  private long invoiceCount(UUID partnerId) {
    return jdbc.sql("select count(*) from invoice where partner_id = :p")
        .param("p", partnerId)
        .query(Long.class)
        .single();
  }

  private long lineCount(UUID partnerId) {
    return jdbc.sql("select count(*) from license_recon_line where partner_id = :p")
        .param("p", partnerId)
        .query(Long.class)
        .single();
  }

  private static long number(String invoiceId) {
    return Long.parseLong(invoiceId.substring(1));
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
