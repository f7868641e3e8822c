package cn.csp.portal.web.billing;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueEmail;
import static cn.csp.portal.web.PortalSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import cn.csp.portal.billing.NewPayment;
import cn.csp.portal.billing.OperatorInvoices;
import cn.csp.portal.billing.Payments;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Payments and delinquency on the pages: an operator records a payment on the console's invoice
 * page (and a refused one is explained on the form), the partner's Billing page shows the most
 * recent payment and the invoice its payments, and a suspended partner's users see the banner on
 * every page.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, InvoiceFixtures.class})
class PaymentPagesIT {

  private static final Actor SYSTEM = InvoiceFixtures.SYSTEM;
  private static final Actor OPERATOR = InvoiceFixtures.OPERATOR;

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerStanding standing;
  @Autowired OperatorAccounts operators;
  @Autowired OperatorInvoices operatorInvoices;
  @Autowired Payments payments;
  @Autowired TestClock clock;
  @Autowired InvoiceFixtures fixtures;

  private InvoiceFixtures.Invoiced invoiced;
  private String invoiceId;

  /** A partner with an invoice; today is its invoice date. */
  @BeforeEach
  void aPartnerWithAnInvoice() {
    invoiced = fixtures.partnerWithAnInvoice("Payment Page Partner", "Payment Customer");
    invoiceId = invoiced.invoiceId();
  }

  private MockHttpSession user(AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(invoiced.partnerId(), user, SYSTEM);
    return signIn(mvc, user.email());
  }

  private MockHttpSession operator() throws Exception {
    String email = uniqueEmail("operator");
    operators.createOperator(new NewOperator("Wang Operator", email, PASSWORD), SYSTEM);
    return (MockHttpSession)
        mvc.perform(formLogin("/operator/login").user(email).password(PASSWORD))
            .andExpect(redirectedUrl("/operator"))
            .andReturn()
            .getRequest()
            .getSession(false);
  }

  private MockHttpServletResponse getAs(MockHttpSession session, String path) throws Exception {
    return mvc.perform(get(path).param("lang", "en").session(session)).andReturn().getResponse();
  }

  private MockHttpServletResponse pay(
      MockHttpSession operator, String amount, LocalDate paidOn, String reference)
      throws Exception {
    return mvc.perform(
            post("/operator/invoices/" + invoiceId + "/payments")
                .param("lang", "en")
                .param("amount", amount)
                .param("paidOn", paidOn.toString())
                .param("reference", reference)
                .session(operator)
                .with(csrf()))
        .andReturn()
        .getResponse();
  }

  @Test
  void anOperatorFindsTheInvoiceAndRecordsAPayment() throws Exception {
    MockHttpSession operator = operator();
    clock.setToNoonOn(invoiced.invoiceDate().plusDays(3));

    assertThat(getAs(operator, "/operator").getContentAsString()).contains("id=\"tile-invoices\"");
    MockHttpServletResponse list =
        getAs(operator, "/operator/invoices?q=" + invoiced.partner().mpnId());
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(list.getContentAsString())
        .contains("data-invoice=\"" + invoiceId + "\"")
        .contains("operator-nav-invoices");
    assertThat(
            getAs(operator, "/operator/invoices?q=" + invoiceId.toLowerCase()).getContentAsString())
        .contains("data-invoice=\"" + invoiceId + "\"");
    assertThat(getAs(operator, "/operator/invoices?q=no-such-partner-xyz").getContentAsString())
        .contains("id=\"no-invoices\"");

    MockHttpServletResponse page = getAs(operator, "/operator/invoices/" + invoiceId);
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("Record payment")
        .contains("id=\"no-invoice-payments\"");

    MockHttpServletResponse recorded = pay(operator, "10.00", clock.today(), "WEB-1");
    assertThat(recorded.getRedirectedUrl()).isEqualTo("/operator/invoices/" + invoiceId);
    String after = getAs(operator, "/operator/invoices/" + invoiceId).getContentAsString();
    assertThat(after)
        .contains("The payment was recorded.")
        .contains("data-reference=\"WEB-1\"")
        .contains("Partially paid");
    assertThat(
            getAs(
                    operator,
                    "/operator/invoices?status=PARTIALLY_PAID&q=" + invoiced.partner().mpnId())
                .getContentAsString())
        .contains("data-invoice=\"" + invoiceId + "\"");
  }

  @Test
  void aRefusedPaymentIsExplainedOnTheFormAndSavesNothing() throws Exception {
    MockHttpSession operator = operator();
    clock.setToNoonOn(invoiced.invoiceDate().plusDays(3));
    BigDecimal balance = operatorInvoices.find(invoiceId, OPERATOR).balance();

    MockHttpServletResponse tooMuch = pay(operator, "999999.00", clock.today(), "WEB-X");
    assertThat(tooMuch.getStatus()).isEqualTo(200);
    assertThat(tooMuch.getContentAsString())
        .contains("id=\"amount-error\"")
        .contains(
            "The amount is more than the invoice&#39;s balance of "
                + balance.toPlainString()
                + " CNY.");

    MockHttpServletResponse notANumber = pay(operator, "ten", clock.today(), "WEB-X");
    assertThat(notANumber.getStatus()).isEqualTo(200);
    assertThat(notANumber.getContentAsString()).contains("Enter the amount as a number");

    MockHttpServletResponse future = pay(operator, "1.00", clock.today().plusDays(1), "WEB-X");
    assertThat(future.getContentAsString())
        .contains("id=\"paidOn-error\"")
        .contains("The payment date cannot be after today (China time).");

    MockHttpServletResponse noReference = pay(operator, "1.00", clock.today(), " ");
    assertThat(noReference.getContentAsString()).contains("id=\"reference-error\"");

    assertThat(payments.ofInvoice(invoiceId, OPERATOR)).isEmpty();
    assertThat(getAs(operator, "/operator/invoices/D999999999").getStatus()).isEqualTo(404);
  }

  @Test
  void thePartnerSeesTheMostRecentPaymentAndTheInvoicesPayments() throws Exception {
    clock.setToNoonOn(invoiced.invoiceDate().plusDays(5));
    payments.record(
        new NewPayment(
            invoiceId, new BigDecimal("12.34"), invoiced.invoiceDate().plusDays(4), "BANK-77"),
        OPERATOR);
    MockHttpSession billing = user(AgentRole.NONE, AdminRole.BILLING_ADMIN);

    String overview = getAs(billing, "/billing").getContentAsString();
    assertThat(overview)
        .contains("Most recent payment")
        .contains(invoiced.invoiceDate().plusDays(4).toString())
        .contains("12.34 CNY")
        .contains("id=\"last-payment-invoice\"");

    String invoice = getAs(billing, "/billing/invoices/" + invoiceId).getContentAsString();
    assertThat(invoice)
        .contains("data-reference=\"BANK-77\"")
        .contains("Partially paid")
        .doesNotContain("overdue-badge");
    assertThat(getAs(billing, "/billing/invoices").getContentAsString()).contains("12.34");

    // past the due date with a balance: overdue, on the invoice and the Billing page
    clock.setToNoonOn(invoiced.invoiceDate().plusDays(31));
    assertThat(getAs(billing, "/billing/invoices/" + invoiceId).getContentAsString())
        .contains("overdue-badge");
    assertThat(getAs(billing, "/billing").getContentAsString())
        .contains("id=\"overdue\"")
        .contains(invoiced.invoiceDate().plusDays(30).toString());
  }

  @Test
  void aSuspendedPartnersUsersSeeTheBannerOnEveryPage() throws Exception {
    MockHttpSession admin = user(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    MockHttpSession sales = user(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    assertThat(getAs(admin, "/customers").getContentAsString()).doesNotContain("suspension-banner");

    // the users are already signed in: the banner follows the partner's status on the next click
    standing.suspend(
        invoiced.partnerId(), SuspensionReason.DELINQUENCY, "D000000001 (2100-01-01)", OPERATOR);

    String customersPage = getAs(admin, "/customers").getContentAsString();
    assertThat(customersPage)
        .contains("id=\"suspension-banner\"")
        .contains("suspended for overdue bills")
        .contains("id=\"suspension-billing-link\"");
    String salesPage = getAs(sales, "/customers").getContentAsString();
    assertThat(salesPage)
        .contains("id=\"suspension-banner\"")
        .doesNotContain("id=\"suspension-billing-link\"");
    assertThat(getAs(sales, "/billing").getStatus()).isEqualTo(403);

    standing.reinstate(invoiced.partnerId(), "Paid", OPERATOR);
    assertThat(getAs(admin, "/customers").getContentAsString()).doesNotContain("suspension-banner");
  }
}
