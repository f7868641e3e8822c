package cn.csp.portal.billing;

import static cn.csp.portal.billing.BillingTestData.E3;
import static cn.csp.portal.billing.BillingTestData.OPERATOR;
import static cn.csp.portal.billing.BillingTestData.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.billing.BillingTestData.TestPartner;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payments against invoices: partial and full payment move the status and the balance, every bad
 * payment is refused with its message and saves nothing, concurrent payments never exceed the
 * balance, and only operators record payments.
 */
@IntegrationTest
@Import({TestClock.Configuration.class, BillingTestData.class})
class PaymentsIT {

  // a year no other test bills in
  private static final int YEAR = 2112;
  private static final LocalDate INVOICE_DATE = LocalDate.of(YEAR, 4, 15);
  private static final LocalDate PAID_ON = LocalDate.of(YEAR, 4, 20);

  @Autowired Payments payments;
  @Autowired OperatorInvoices operatorInvoices;
  @Autowired Invoices invoices;
  @Autowired BillingRuns billingRuns;
  @Autowired BillingTestData data;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  private TestPartner partner;
  private String invoiceId;
  private BigDecimal total;

  /** A partner with one issued invoice (10 E3 licenses), and today a few days after it. */
  @BeforeEach
  void anIssuedInvoice() {
    data.prices(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12));
    partner = data.partner("Paying Partner", 15);
    UUID customer = data.customer(partner, "Paying Customer").customerId();
    data.buy(partner, customer, LocalDate.of(YEAR, 3, 2), E3, 10);
    clock.setToNoonOn(INVOICE_DATE);
    invoiceId = billingRuns.run(partner.id(), INVOICE_DATE, OPERATOR).invoiceId();
    total = operatorInvoices.find(invoiceId, OPERATOR).total();
    assertThat(total).isGreaterThan(new BigDecimal("100.00"));
    clock.setToNoonOn(LocalDate.of(YEAR, 4, 25));
  }

  private Payment pay(String amount, String reference) {
    return payments.record(
        new NewPayment(invoiceId, new BigDecimal(amount), PAID_ON, reference), OPERATOR);
  }

  @Test
  void aPartialThenAFullPaymentSettleTheInvoice() {
    Payment first = pay("50.00", "TRX-1");

    InvoiceDetails partly = operatorInvoices.find(invoiceId, OPERATOR);
    assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(partly.paidAmount()).isEqualByComparingTo("50.00");
    assertThat(partly.balance()).isEqualByComparingTo(total.subtract(new BigDecimal("50.00")));
    assertThat(first.amount()).isEqualTo(new BigDecimal("50.00"));
    assertThat(first.partnerId()).isEqualTo(partner.id());
    assertThat(first.recordedBy()).isEqualTo(OPERATOR.name());

    Payment rest =
        payments.record(
            new NewPayment(
                invoiceId.toLowerCase(), partly.balance(), PAID_ON.plusDays(1), "  TRX-2 "),
            OPERATOR);

    InvoiceDetails paid = operatorInvoices.find(invoiceId, OPERATOR);
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.balance()).isEqualByComparingTo("0");
    assertThat(rest.reference()).isEqualTo("TRX-2");
    assertThat(payments.ofInvoice(invoiceId, OPERATOR))
        .extracting(Payment::reference)
        .containsExactly("TRX-1", "TRX-2");
    assertThat(payments.ofInvoice(partner.id(), invoiceId, partner.billingAdmin())).hasSize(2);
    assertThat(payments.latest(partner.id(), partner.billingAdmin())).contains(rest);

    BillingOverview overview = invoices.overview(partner.id(), partner.billingAdmin());
    assertThat(overview.balanceDue()).isEqualByComparingTo("0");
    assertThat(overview.lastPayment()).isEqualTo(rest);
    assertThat(
            invoices.list(
                partner.id(),
                new InvoiceFilter(null, null, InvoiceStatus.PAID),
                PageRequest.of(0, 10),
                partner.billingAdmin()))
        .extracting(InvoiceSummary::id)
        .containsExactly(invoiceId);
    assertThat(auditCount("billing.payment.recorded")).isEqualTo(2);
  }

  @Test
  void everyBadPaymentIsRefusedAndSavesNothing() {
    BigDecimal balance = total;
    assertRefused(() -> pay("0", "R"), "billing.payment.amount.notPositive", "amount");
    assertRefused(() -> pay("-5.00", "R"), "billing.payment.amount.notPositive", "amount");
    assertRefused(() -> pay("1.005", "R"), "billing.payment.amount.cents", "amount");
    assertThatThrownBy(() -> pay(balance.add(new BigDecimal("0.01")).toPlainString(), "R"))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> {
              assertThat(v.messageKey()).isEqualTo("billing.payment.amount.aboveBalance");
              assertThat(v.field()).isEqualTo("amount");
              assertThat(v.arguments()).containsExactly(balance.toPlainString());
            });
    assertRefused(
        () ->
            payments.record(
                new NewPayment(invoiceId, BigDecimal.TEN, clock.today().plusDays(1), "R"),
                OPERATOR),
        "billing.payment.paidOn.future",
        "paidOn");
    assertRefused(
        () ->
            payments.record(
                new NewPayment(invoiceId, BigDecimal.TEN, INVOICE_DATE.minusDays(1), "R"),
                OPERATOR),
        "billing.payment.paidOn.beforeInvoice",
        "paidOn");
    assertRefused(() -> pay("10.00", "   "), "billing.payment.reference.required", "reference");
    assertRefused(
        () -> pay("10.00", "R".repeat(65)), "billing.payment.reference.tooLong", "reference");
    assertRefused(
        () -> payments.record(new NewPayment(invoiceId, null, PAID_ON, "R"), OPERATOR),
        "billing.payment.amount.required",
        "amount");
    assertThatThrownBy(
            () ->
                payments.record(
                    new NewPayment("D999999999", BigDecimal.TEN, PAID_ON, "R"), OPERATOR))
        .isInstanceOf(NotFound.class);

    assertThat(payments.ofInvoice(invoiceId, OPERATOR)).isEmpty();
    InvoiceDetails untouched = operatorInvoices.find(invoiceId, OPERATOR);
    assertThat(untouched.status()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(untouched.paidAmount()).isEqualByComparingTo("0");

    // the same reference twice on one invoice is a double entry
    pay("10.00", "TRX-DUP");
    assertRefused(() -> pay("5.00", "TRX-DUP"), "billing.payment.reference.duplicate", "reference");
    // once paid in full, nothing is owed
    pay(total.subtract(new BigDecimal("10.00")).toPlainString(), "TRX-REST");
    assertRefused(() -> pay("0.01", "TRX-MORE"), "billing.payment.nothingOwed", "amount");

    assertThat(payments.ofInvoice(invoiceId, OPERATOR))
        .extracting(Payment::reference)
        .containsExactly("TRX-DUP", "TRX-REST");
    assertThat(operatorInvoices.find(invoiceId, OPERATOR).paidAmount()).isEqualByComparingTo(total);
  }

  @Test
  void onlyOperatorsRecordPayments() {
    for (Actor notAnOperator : List.of(partner.admin(), partner.billingAdmin(), SYSTEM)) {
      assertThatThrownBy(
              () ->
                  payments.record(
                      new NewPayment(invoiceId, new BigDecimal("10.00"), PAID_ON, "R"),
                      notAnOperator))
          .isInstanceOfSatisfying(
              BusinessRuleViolation.class,
              v -> assertThat(v.messageKey()).isEqualTo("billing.payment.operatorsOnly"));
    }
    assertThat(payments.ofInvoice(invoiceId, OPERATOR)).isEmpty();
    assertThatThrownBy(() -> payments.ofInvoice(invoiceId, partner.admin()))
        .isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> operatorInvoices.find(invoiceId, partner.admin()))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void twoConcurrentPaymentsNeverExceedTheBalance() throws Exception {
    // each alone fits the balance, both together do not
    BigDecimal amount = total.multiply(new BigDecimal("0.6")).setScale(0, RoundingMode.DOWN);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<Payment>> attempts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String reference = "CONCURRENT-" + i;
        attempts.add(
            CompletableFuture.supplyAsync(
                () -> {
                  await(start);
                  return payments.record(
                      new NewPayment(invoiceId, amount, PAID_ON, reference), OPERATOR);
                },
                threads));
      }
      List<Payment> recorded = new ArrayList<>();
      List<Throwable> refused = new ArrayList<>();
      for (CompletableFuture<Payment> attempt : attempts) {
        try {
          recorded.add(attempt.join());
        } catch (CompletionException e) {
          refused.add(e.getCause());
        }
      }
      assertThat(recorded).hasSize(1);
      assertThat(refused)
          .singleElement()
          .isInstanceOfSatisfying(
              BusinessRuleViolation.class,
              v -> assertThat(v.messageKey()).isEqualTo("billing.payment.amount.aboveBalance"));
      InvoiceDetails invoice = operatorInvoices.find(invoiceId, OPERATOR);
      assertThat(invoice.paidAmount()).isEqualByComparingTo(amount);
      assertThat(payments.ofInvoice(invoiceId, OPERATOR)).hasSize(1);
    } finally {
      threads.shutdownNow();
    }
  }

  private void assertRefused(ThrowingCallable call, String key, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> {
              assertThat(v.messageKey()).isEqualTo(key);
              assertThat(v.field()).isEqualTo(field);
            });
  }

  private long auditCount(String action) {
    return jdbc.sql(
            "select count(*) from audit_log where action = :action and target_id = :invoiceId")
        .param("action", action)
        .param("invoiceId", invoiceId)
        .query(Long.class)
        .single();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
