package cn.csp.portal.web.billing;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueEmail;
import static cn.csp.portal.web.PortalSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.web.StoredSessions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The Billing pages and files: what a billing admin sees and downloads, that sales agents are
 * refused and another partner's invoice is not found, and the operators' billing runs page.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, InvoiceFixtures.class})
class BillingPagesIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired OperatorAccounts operators;
  @Autowired BillingRuns billingRuns;
  @Autowired TestClock clock;
  @Autowired InvoiceFixtures fixtures;
  @Autowired JdbcClient jdbc;

  private NewPartner partner;
  private UUID partnerId;
  private LocalDate invoiceDate;
  private String invoiceId;

  /** A partner whose customer bought E3 today, billed on the next billing date. */
  @BeforeEach
  void aPartnerWithAnInvoice() {
    InvoiceFixtures.Invoiced invoiced =
        fixtures.partnerWithAnInvoice("Billing Page Partner", "Billing Page Customer");
    partner = invoiced.partner();
    partnerId = invoiced.partnerId();
    invoiceDate = invoiced.invoiceDate();
    invoiceId = invoiced.invoiceId();
  }

  private MockHttpSession user(UUID partner, AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partner, user, SYSTEM);
    return signIn(mvc, user.email());
  }

  private MockHttpServletResponse getAs(MockHttpSession session, String path) throws Exception {
    return mvc.perform(get(path).param("lang", "en").session(session)).andReturn().getResponse();
  }

  @Test
  void aBillingAdminReadsTheInvoiceAndDownloadsBothFiles() throws Exception {
    MockHttpSession billing = user(partnerId, AgentRole.NONE, AdminRole.BILLING_ADMIN);

    MockHttpServletResponse overview = getAs(billing, "/billing");
    assertThat(overview.getStatus()).isEqualTo(200);
    assertThat(overview.getContentAsString()).contains(invoiceId).contains("Balance due");

    MockHttpServletResponse list = getAs(billing, "/billing/invoices");
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(list.getContentAsString()).contains("data-invoice=\"" + invoiceId + "\"");

    MockHttpServletResponse details = getAs(billing, "/billing/invoices/" + invoiceId);
    assertThat(details.getStatus()).isEqualTo(200);
    assertThat(details.getContentAsString())
        .contains(invoiceDate.toString())
        .contains(invoiceDate.plusDays(30).toString())
        .contains("Recurring charges")
        .contains("data-charge-type=\"Purchase fee\"");

    MockHttpServletResponse license =
        getAs(billing, "/billing/invoices/" + invoiceId + "/license.csv");
    assertThat(license.getStatus()).isEqualTo(200);
    assertThat(license.getContentType()).startsWith("text/csv");
    assertThat(license.getHeader("Content-Disposition")).contains(invoiceId + "-license.csv");
    String licenseCsv = license.getContentAsString(StandardCharsets.UTF_8);
    assertThat(licenseCsv)
        .startsWith(
            "PartnerId,CustomerID,OrderID,SubscriptionID,SyndicationPartnerSubscriptionNumber,")
        .contains(",Purchase fee,")
        .contains("Billing Page Customer," + partner.mpnId() + "," + partner.mpnId() + ",");
    assertThat(licenseCsv.split("\r\n")).hasSize(2);

    byte[] excel =
        getAs(billing, "/billing/invoices/" + invoiceId + "/license.csv?excel=true")
            .getContentAsByteArray();
    assertThat(new String(excel, 0, 3, StandardCharsets.ISO_8859_1))
        .isEqualTo(
            new String(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.ISO_8859_1));

    MockHttpServletResponse usage = getAs(billing, "/billing/invoices/" + invoiceId + "/usage.csv");
    assertThat(usage.getStatus()).isEqualTo(200);
    assertThat(usage.getContentAsString(StandardCharsets.UTF_8))
        .startsWith("PartnerID,PartnerName,PartnerBillableAccountID,")
        .contains(",Resource Name,");
  }

  /**
   * A file commits its response while its read-only transaction is still open; a session due for a
   * new last access time is written then, and must be written outside that transaction.
   */
  @Test
  void aFileDownloadedAfterAPauseRenewsTheSessionAndArrivesWhole() throws Exception {
    MockHttpSession billing = user(partnerId, AgentRole.NONE, AdminRole.BILLING_ADMIN);
    StoredSessions sessions = new StoredSessions(jdbc);
    String sessionId = StoredSessions.idOf(billing);
    sessions.idleFor(sessionId, Duration.ofMinutes(2));
    long idleSince = sessions.lastAccess(sessionId);

    MockHttpServletResponse license =
        getAs(billing, "/billing/invoices/" + invoiceId + "/license.csv");
    assertThat(license.getStatus()).isEqualTo(200);
    String[] licenseLines = license.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
    assertThat(licenseLines).hasSize(2);
    assertThat(licenseLines[1]).contains(",Purchase fee,");
    sessions.idleFor(sessionId, Duration.ofMinutes(2));
    MockHttpServletResponse usage = getAs(billing, "/billing/invoices/" + invoiceId + "/usage.csv");
    assertThat(usage.getStatus()).isEqualTo(200);
    assertThat(usage.getContentAsString(StandardCharsets.UTF_8)).startsWith("PartnerID,");
    assertThat(getAs(billing, "/billing").getStatus()).isEqualTo(200);
    assertThat(sessions.lastAccess(sessionId)).isGreaterThan(idleSince + 60_000);
  }

  @Test
  void salesAgentsAreRefusedThePagesAndTheFiles() throws Exception {
    MockHttpSession sales = user(partnerId, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    for (String path :
        List.of(
            "/billing",
            "/billing/invoices",
            "/billing/invoices/" + invoiceId,
            "/billing/invoices/" + invoiceId + "/license.csv",
            "/billing/invoices/" + invoiceId + "/usage.csv?excel=true")) {
      MockHttpServletResponse response = getAs(sales, path);
      assertThat(response.getStatus()).as(path).isEqualTo(403);
      assertThat(response.getContentAsString()).as(path).doesNotContain("PartnerId,");
    }
  }

  @Test
  void anotherPartnersInvoiceIsNotFound() throws Exception {
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    MockHttpSession other = user(otherPartner, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    for (String path :
        List.of(
            "/billing/invoices/" + invoiceId,
            "/billing/invoices/" + invoiceId + "/license.csv",
            "/billing/invoices/" + invoiceId + "/usage.csv")) {
      MockHttpServletResponse response = getAs(other, path);
      assertThat(response.getStatus()).as(path).isEqualTo(404);
      assertThat(response.getContentAsString()).as(path).doesNotContain("PartnerId,");
    }
    assertThat(getAs(other, "/billing/invoices").getContentAsString()).doesNotContain(invoiceId);
    assertThat(getAs(other, "/billing").getContentAsString()).doesNotContain(invoiceId);
  }

  @Test
  void badFiltersAreExplainedNotFailed() throws Exception {
    MockHttpSession admin = user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);

    MockHttpServletResponse badDate = getAs(admin, "/billing/invoices?from=2026-02-30&status=NOPE");
    assertThat(badDate.getStatus()).isEqualTo(200);
    assertThat(badDate.getContentAsString())
        .contains("id=\"from-error\"")
        .doesNotContain(invoiceId);

    MockHttpServletResponse reversed =
        getAs(admin, "/billing/invoices?from=" + invoiceDate + "&to=" + invoiceDate.minusDays(1));
    assertThat(reversed.getContentAsString())
        .contains("The end date must not be before the start date.");

    MockHttpServletResponse matching =
        getAs(
            admin,
            "/billing/invoices?from=" + invoiceDate + "&to=" + invoiceDate + "&status=ISSUED");
    assertThat(matching.getContentAsString()).contains("data-invoice=\"" + invoiceId + "\"");
  }

  @Test
  void operatorsListRunsAndRunAPartnersBillingDate() throws Exception {
    String email = uniqueEmail("operator");
    operators.createOperator(new NewOperator("Li Operator", email, PASSWORD), SYSTEM);
    MockHttpSession operator =
        (MockHttpSession)
            mvc.perform(formLogin("/operator/login").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/operator"))
                .andReturn()
                .getRequest()
                .getSession(false);

    MockHttpServletResponse list = getAs(operator, "/operator/billing-runs?status=COMPLETED");
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(list.getContentAsString()).contains(invoiceId).contains(partner.mpnId());

    String unknown =
        mvc.perform(
                post("/operator/billing-runs")
                    .param("lang", "en")
                    .param("mpnId", "999999999")
                    .param("invoiceDate", invoiceDate.toString())
                    .session(operator)
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(unknown).contains("No partner has the MPN ID 999999999.");

    String notABillingDate =
        mvc.perform(
                post("/operator/billing-runs")
                    .param("mpnId", partner.mpnId())
                    .param("invoiceDate", invoiceDate.minusDays(1).toString())
                    .session(operator)
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(notABillingDate).contains("id=\"invoiceDate-error\"");

    String garbage =
        mvc.perform(
                post("/operator/billing-runs")
                    .param("mpnId", "x")
                    .param("invoiceDate", "not-a-date")
                    .session(operator)
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(garbage).contains("id=\"mpnId-error\"").contains("id=\"invoiceDate-error\"");

    // the completed date again: nothing new, the same invoice
    mvc.perform(
            post("/operator/billing-runs")
                .param("mpnId", partner.mpnId())
                .param("invoiceDate", invoiceDate.toString())
                .session(operator)
                .with(csrf()))
        .andExpect(redirectedUrl("/operator/billing-runs"));
    assertThat(
            billingRuns
                .runs(
                    BillingRunStatus.COMPLETED,
                    org.springframework.data.domain.PageRequest.of(0, 100),
                    Actor.system("test"))
                .getContent())
        .filteredOn(r -> r.partnerId().equals(partnerId))
        .singleElement()
        .satisfies(r -> assertThat(r.invoiceId()).isEqualTo(invoiceId));

    // partner users never reach the console
    MockHttpSession partnerAdmin = user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    assertThat(getAs(partnerAdmin, "/operator/billing-runs").getStatus()).isNotEqualTo(200);
  }

  @Test
  void operatorsQueueEveryDueRunAndSeeTheQueue() throws Exception {
    MockHttpSession operator = operator();
    // due on the invoice date (the clock's today) and not billed yet
    UUID dueId =
        partners.createPartner(aPartner("Queued Partner", invoiceDate.getDayOfMonth()), SYSTEM);
    try {
      assertThat(getAs(operator, "/operator/billing-runs").getContentAsString())
          .contains("Run all due billing now")
          .contains("id=\"queue-waiting\"");

      // no CSRF token, no queueing
      mvc.perform(post("/operator/billing-runs/queue").session(operator))
          .andExpect(status().isForbidden());
      assertThat(isQueued(dueId)).isFalse();

      MvcResult queuedNow =
          mvc.perform(post("/operator/billing-runs/queue").session(operator).with(csrf()))
              .andExpect(redirectedUrl("/operator/billing-runs"))
              .andReturn();
      int queued = (Integer) queuedNow.getFlashMap().get("queued");
      assertThat(queued).isPositive();
      assertThat(isQueued(dueId)).isTrue();

      String page =
          mvc.perform(
                  get("/operator/billing-runs")
                      .param("lang", "en")
                      .session(operator)
                      .flashAttrs(queuedNow.getFlashMap()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page)
          .contains(
              queued == 1
                  ? "1 partner queued."
                  : String.format(Locale.ENGLISH, "%,d partners queued.", queued))
          .contains("data-waiting=\"" + waitingCount() + "\"");

      // partner users never queue runs
      UUID laterDue =
          partners.createPartner(aPartner("Not Queued", invoiceDate.getDayOfMonth()), SYSTEM);
      MockHttpSession partnerAdmin = user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
      mvc.perform(post("/operator/billing-runs/queue").session(partnerAdmin).with(csrf()));
      assertThat(isQueued(laterDue)).isFalse();
    } finally {
      // no workers run in tests: leave no queued runs behind for other tests
      jdbc.sql("delete from billing_work_item").update();
    }
  }

  private MockHttpSession operator() throws Exception {
    String email = uniqueEmail("operator");
    operators.createOperator(new NewOperator("Queue Operator", email, PASSWORD), SYSTEM);
    return (MockHttpSession)
        mvc.perform(formLogin("/operator/login").user(email).password(PASSWORD))
            .andExpect(redirectedUrl("/operator"))
            .andReturn()
            .getRequest()
            .getSession(false);
  }

  private long waitingCount() {
    return jdbc.sql("select count(*) from billing_work_item").query(Long.class).single();
  }

  private boolean isQueued(UUID id) {
    return jdbc.sql("select count(*) from billing_work_item where partner_id = :p")
            .param("p", id)
            .query(Long.class)
            .single()
        == 1;
  }
}
