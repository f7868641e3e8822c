package cn.csp.portal.billing;

import static cn.csp.portal.billing.BillingTestData.E3;
import static cn.csp.portal.billing.BillingTestData.OPERATOR;
import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.billing.BillingTestData.TestPartner;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Delinquency (spec 2.11, 2.15): more than 60 days past due suspends the partner (mail, restricted
 * operations refused), paying every overdue invoice reinstates it (mail), and an ABUSE suspension
 * is never lifted by a payment.
 *
 * <p>The check looks at every partner in the shared test database, so this class bills in 2100,
 * before any other test's invoices: its checks only ever find its own partners overdue.
 */
@IntegrationTest
@Import({TestClock.Configuration.class, BillingTestData.class})
class DelinquencyIT {

  private static final int YEAR = 2100;
  private static final LocalDate INVOICE_DATE = LocalDate.of(YEAR, 4, 15);
  private static final LocalDate DUE_DATE = INVOICE_DATE.plusDays(30);

  @Autowired Delinquency delinquency;
  @Autowired Payments payments;
  @Autowired OperatorInvoices operatorInvoices;
  @Autowired Invoices invoices;
  @Autowired BillingRuns billingRuns;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerStanding standing;
  @Autowired CustomerDirectory customers;
  @Autowired BillingTestData data;
  @Autowired TestClock clock;

  /** A partner with one unpaid invoice dated {@link #INVOICE_DATE}, due {@link #DUE_DATE}. */
  private TestPartner partnerWithAnUnpaidInvoice(String name) {
    data.prices(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12));
    TestPartner partner = data.partner(name, 15);
    UUID customer = data.customer(partner, "Delinquent Customer").customerId();
    data.buy(partner, customer, LocalDate.of(YEAR, 3, 2), E3, 10);
    clock.setToNoonOn(INVOICE_DATE);
    BillingRun run = billingRuns.run(partner.id(), INVOICE_DATE, OPERATOR);
    assertThat(run.invoiceId()).isNotNull();
    return partner;
  }

  private String invoiceOf(TestPartner partner) {
    return invoices.overview(partner.id(), partner.admin()).latestInvoice().id();
  }

  private PartnerOverview standingOf(TestPartner partner) {
    return partners.findOverview(partner.id()).orElseThrow();
  }

  /** Today is {@code days} after the due date; the check runs as the daily job would. */
  private void checkDaysAfterDue(int days) {
    clock.setToNoonOn(DUE_DATE.plusDays(days));
    delinquency.suspendDelinquent(clock.today(), BillingTestData.SYSTEM);
  }

  private String adminEmail(TestPartner partner) {
    return partner.admin().name();
  }

  @Test
  void morethanSixtyDaysPastDueSuspendsThePartner() {
    TestPartner partner = partnerWithAnUnpaidInvoice("Late Partner");
    assertThat(delinquency.thresholdDays()).isEqualTo(60);

    checkDaysAfterDue(59);
    assertThat(standingOf(partner).status()).isEqualTo(PartnerStatus.ACTIVE);
    checkDaysAfterDue(60);
    assertThat(standingOf(partner).status()).isEqualTo(PartnerStatus.ACTIVE);

    clock.setToNoonOn(DUE_DATE.plusDays(61));
    assertThat(delinquency.suspendDelinquent(clock.today(), OPERATOR)).contains(partner.id());

    PartnerOverview suspended = standingOf(partner);
    assertThat(suspended.status()).isEqualTo(PartnerStatus.SUSPENDED);
    assertThat(suspended.suspensionReason()).isEqualTo(SuspensionReason.DELINQUENCY);
    assertThat(suspended.statusNote()).contains(invoiceOf(partner)).contains(DUE_DATE.toString());
    MimeMessage mail = TestMailServer.get().awaitMessage(adminEmail(partner), 1);
    assertThat(TestMailServer.decoded(mail)).contains(invoiceOf(partner)).contains("/billing");
    assertThatThrownBy(
            () -> customers.createCustomer(partner.id(), aCustomer("Refused Co"), partner.admin()))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("partner.suspended.DELINQUENCY"));

    // the next day's check changes nothing: the partner is already suspended
    clock.setToNoonOn(DUE_DATE.plusDays(62));
    assertThat(delinquency.suspendDelinquent(clock.today(), OPERATOR)).doesNotContain(partner.id());
  }

  @Test
  void payingEveryOverdueInvoiceReinstatesThePartner() {
    TestPartner partner = partnerWithAnUnpaidInvoice("Paying Late Partner");
    checkDaysAfterDue(61);
    assertThat(standingOf(partner).status()).isEqualTo(PartnerStatus.SUSPENDED);
    TestMailServer.get().awaitMessage(adminEmail(partner), 1);
    String invoiceId = invoiceOf(partner);
    BigDecimal balance = operatorInvoices.find(invoiceId, OPERATOR).balance();

    // a partial payment leaves the invoice overdue: still suspended
    payments.record(
        new NewPayment(invoiceId, new BigDecimal("10.00"), clock.today(), "LATE-1"), OPERATOR);
    assertThat(standingOf(partner).status()).isEqualTo(PartnerStatus.SUSPENDED);

    payments.record(
        new NewPayment(
            invoiceId, balance.subtract(new BigDecimal("10.00")), clock.today(), "LATE-2"),
        OPERATOR);

    assertThat(standingOf(partner).status()).isEqualTo(PartnerStatus.ACTIVE);
    MimeMessage mail = TestMailServer.get().awaitMessage(adminEmail(partner), 2);
    assertThat(TestMailServer.subject(mail)).containsAnyOf("恢复", "reinstated", "восстановлена");
    UUID customer =
        customers
            .createCustomer(partner.id(), aCustomer("Welcome Back Co"), partner.admin())
            .customerId();
    assertThat(customer).isNotNull();
  }

  @Test
  void anAbuseSuspensionIsNotLiftedByPaymentsNorChangedByTheCheck() {
    TestPartner partner = partnerWithAnUnpaidInvoice("Abusive Partner");
    standing.suspend(partner.id(), SuspensionReason.ABUSE, "Fraudulent orders", OPERATOR);
    checkDaysAfterDue(61);
    String invoiceId = invoiceOf(partner);

    payments.record(
        new NewPayment(
            invoiceId,
            operatorInvoices.find(invoiceId, OPERATOR).balance(),
            clock.today(),
            "ABUSE-1"),
        OPERATOR);

    PartnerOverview after = standingOf(partner);
    assertThat(after.status()).isEqualTo(PartnerStatus.SUSPENDED);
    assertThat(after.suspensionReason()).isEqualTo(SuspensionReason.ABUSE);
    assertThat(after.statusNote()).isEqualTo("Fraudulent orders");
  }

  @Test
  void aTerminatedPartnerIsLeftAlone() {
    TestPartner partner = partnerWithAnUnpaidInvoice("Terminated Partner");
    standing.terminate(partner.id(), "Contract ended", OPERATOR);

    checkDaysAfterDue(61);

    assertThat(standingOf(partner).status()).isEqualTo(PartnerStatus.TERMINATED);
  }

  @Test
  void onlyOperatorsAndTheSystemRunTheCheck() {
    TestPartner partner = partnerWithAnUnpaidInvoice("Curious Partner");
    assertThatThrownBy(() -> delinquency.suspendDelinquent(DUE_DATE.plusDays(61), partner.admin()))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("billing.delinquency.operatorsOnly"));
    assertThat(standingOf(partner).status()).isEqualTo(PartnerStatus.ACTIVE);
  }
}
