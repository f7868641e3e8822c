package cn.csp.portal.web.billing;

import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.web.PortalSessions.signIn;
import static cn.csp.portal.web.PortalSessions.signInNewOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.csp.portal.billing.InvoiceCorrections;
import cn.csp.portal.billing.LineOffset;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The operators' "Offset a line item" page and the partners' next-invoice preview: what each shows,
 * bad input explained on the form, and who is refused.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, InvoiceFixtures.class})
class InvoiceCorrectionPagesIT {

  @Autowired MockMvc mvc;
  @Autowired InvoiceFixtures fixtures;
  @Autowired PartnerAccounts partners;
  @Autowired OperatorAccounts operators;
  @Autowired InvoiceCorrections corrections;

  @Test
  void anOperatorOffsetsALineAndBadAmountsAreExplained() throws Exception {
    InvoiceFixtures.Invoiced issued =
        fixtures.partnerWithAnInvoice("Offset Page Partner", "Offset Customer");
    MockHttpSession operator = signInNewOperator(mvc, operators);
    String path = "/operator/invoices/" + issued.invoiceId() + "/offsets";

    MockHttpServletResponse page = getAs(operator, path);
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("data-line=\"1\"")
        .contains("Offset Customer")
        .contains("No offsets yet.");

    for (String[] bad :
        new String[][] {
          {"abc", "This value is not valid"},
          {"-1", "The offset amount must be above zero"},
          {"100000", "The offset is more than what is left of the line"}
        }) {
      MockHttpServletResponse refused = offset(operator, path, "1", bad[0], "Goodwill");
      assertThat(refused.getStatus()).as(bad[0]).isEqualTo(200);
      assertThat(refused.getContentAsString()).as(bad[0]).contains("id=\"amount-error\"");
    }
    assertThat(offset(operator, path, "1", "10", " ").getContentAsString())
        .contains("id=\"reason-error\"");
    assertThat(offset(operator, path, "99", "10", "x").getContentAsString())
        .contains("The invoice has no line 99.");
    assertThat(corrections.offsetsOf(issued.invoiceId(), operatorActor())).isEmpty();

    MockHttpServletResponse done = offset(operator, path, "1", "12.34", "Service outage");
    assertThat(done.getRedirectedUrl()).isEqualTo(path + "?file=LICENSE");
    assertThat(corrections.offsetsOf(issued.invoiceId(), operatorActor()))
        .singleElement()
        .extracting(LineOffset::amount)
        .satisfies(a -> assertThat(a).isEqualByComparingTo("12.34"));
    assertThat(getAs(operator, path).getContentAsString())
        .contains("Service outage")
        .contains("12.34");

    assertThat(getAs(operator, "/operator/invoices/D999999999/offsets").getStatus()).isEqualTo(404);
    // partner users never reach the console
    MockHttpSession partnerAdmin =
        user(issued.partnerId(), AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    assertThat(getAs(partnerAdmin, path).getStatus()).isIn(302, 403);
  }

  @Test
  void aBillingAdminPreviewsTheNextInvoiceAndASalesAgentCannot() throws Exception {
    InvoiceFixtures.Invoiced issued =
        fixtures.partnerWithAnInvoice("Preview Page Partner", "Preview Customer");
    MockHttpSession billing = user(issued.partnerId(), AgentRole.NONE, AdminRole.BILLING_ADMIN);

    MockHttpServletResponse preview = getAs(billing, "/billing/preview");
    assertThat(preview.getStatus()).isEqualTo(200);
    // the invoice date's run is done: the preview is of the month after
    assertThat(preview.getContentAsString())
        .contains("dry run")
        .contains("id=\"preview-date\"")
        .contains(issued.invoiceDate().plusMonths(1).getYear() + "-")
        .contains("data-charge-type=\"Cycle fee\"")
        .contains("Finance charges");

    MockHttpSession sales = user(issued.partnerId(), AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    assertThat(getAs(sales, "/billing/preview").getStatus()).isEqualTo(403);
  }

  private MockHttpServletResponse offset(
      MockHttpSession operator, String path, String line, String amount, String reason)
      throws Exception {
    return mvc.perform(
            post(path)
                .param("lang", "en")
                .param("file", "LICENSE")
                .param("lineNumber", line)
                .param("amount", amount)
                .param("reason", reason)
                .session(operator)
                .with(csrf()))
        .andReturn()
        .getResponse();
  }

  private MockHttpSession user(UUID partner, AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partner, user, Actor.system("test"));
    return signIn(mvc, user.email());
  }

  private MockHttpServletResponse getAs(MockHttpSession session, String path) throws Exception {
    return mvc.perform(get(path).param("lang", "en").session(session)).andReturn().getResponse();
  }

  private static Actor operatorActor() {
    return Actor.operator(UUID.randomUUID(), "test-operator");
  }
}
