package cn.csp.portal.web.support;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.web.PortalSessions.signIn;
import static cn.csp.portal.web.PortalSessions.signInNewOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.support.SupportRequestFilter;
import cn.csp.portal.support.SupportRequestSummary;
import cn.csp.portal.support.SupportRequests;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The support pages: a help desk agent files a customer request with a file through the three
 * steps, bad input is explained on the form, the operator desk answers, and who is refused what.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SupportPagesIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired OperatorAccounts operators;
  @Autowired CustomerDirectory customers;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;
  @Autowired SupportRequests requests;

  private UUID partnerId;
  private UUID customerId;

  @BeforeEach
  void aPartnerWhoseCustomerHasE3() {
    PriceListFixtures.ensurePublishedAround(
        priceLists, catalog, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    customerId =
        customers
            .createCustomer(partnerId, aCustomer("Support Page Customer"), SYSTEM)
            .customerId();
    String e3 =
        catalog.offers().stream()
            .filter(o -> o.name().equals("Office 365 Enterprise E3"))
            .findFirst()
            .orElseThrow()
            .offerId();
    subscriptions.placeOrder(
        partnerId,
        customerId,
        new NewOrder(UUID.randomUUID().toString(), List.of(new OrderLine(e3, 3, null, null))),
        SYSTEM);
  }

  @Test
  void aHelpdeskAgentFilesACustomerRequestWithAFileAndTheDeskAnswers() throws Exception {
    MockHttpSession helpdesk = user(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);

    assertThat(getAs(helpdesk, "/support/customers?q=Support Page").getContentAsString())
        .contains("data-customer=\"Support Page Customer\"");
    assertThat(getAs(helpdesk, "/support/customers/" + customerId + "/new").getContentAsString())
        .contains("data-service=\"EXCHANGE_ONLINE\"")
        .doesNotContain("data-service=\"POWER_BI\"");
    String form = "/support/customers/" + customerId + "/new?service=EXCHANGE_ONLINE";
    assertThat(getAs(helpdesk, form).getContentAsString())
        .contains("id=\"service-health\"")
        .contains("id=\"support-form\"");

    // bad input: explained on the form, nothing saved
    MockHttpServletResponse empty = submit(helpdesk, form, " ", textFile("log.txt"));
    assertThat(empty.getStatus()).isEqualTo(200);
    assertThat(empty.getContentAsString())
        .contains("id=\"title-error\"")
        .contains("Enter a title.");
    MockHttpServletResponse exe =
        submit(
            helpdesk,
            form,
            "Mail down",
            new MockMultipartFile(
                "attachments", "run.exe", "application/octet-stream", new byte[] {'M', 'Z'}));
    assertThat(exe.getContentAsString()).contains("id=\"attachments-error\"").contains("run.exe");
    assertThat(requestsOfPartner()).isEmpty();

    MockHttpServletResponse opened = submit(helpdesk, form, "Mail down", textFile("trace.log"));
    assertThat(opened.getRedirectedUrl()).startsWith("/support/requests/");
    SupportRequestSummary request = requestsOfPartner().get(0);
    String page = getAs(helpdesk, opened.getRedirectedUrl()).getContentAsString();
    assertThat(page)
        .contains(request.number())
        .contains("trace.log")
        .contains("Support Page Customer");

    String attachment =
        page.replaceAll("(?s).*href=\"(/support/requests/[^\"]+/attachments/[^\"]+)\".*", "$1");
    MockHttpServletResponse file = getAs(helpdesk, attachment);
    assertThat(file.getStatus()).isEqualTo(200);
    assertThat(file.getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("trace.log");
    assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

    // the operator asks for information; the agent sees it and answers
    MockHttpSession operator = signInNewOperator(mvc, operators);
    assertThat(getAs(operator, "/operator/support?q=" + request.partnerName()).getContentAsString())
        .contains("data-request=\"" + request.number() + "\"");
    mvc.perform(
            multipart("/operator/support/" + request.id() + "/reply")
                .param("text", "Which mailbox?")
                .param("needsInformation", "true")
                .session(operator)
                .with(csrf()))
        .andReturn();
    assertThat(getAs(helpdesk, "/support/requests/" + request.id()).getContentAsString())
        .contains("id=\"attention-needed\"")
        .contains("Which mailbox?");
    MockHttpServletResponse answered =
        mvc.perform(
                multipart("/support/requests/" + request.id() + "/notes")
                    .param("text", "ceo@customer")
                    .session(helpdesk)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(answered.getRedirectedUrl()).isEqualTo("/support/requests/" + request.id());
    mvc.perform(
            post("/operator/support/" + request.id() + "/close")
                .param("note", "Fixed.")
                .session(operator)
                .with(csrf()))
        .andReturn();
    assertThat(getAs(helpdesk, "/support/requests/" + request.id()).getContentAsString())
        .contains("Fixed.")
        .contains("data-from=\"operator\"")
        .contains("The request is closed.");
  }

  @Test
  void salesAgentsAndOtherPartnersAreRefused() throws Exception {
    MockHttpSession globalAdmin = user(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    MockHttpServletResponse opened =
        submit(
            globalAdmin, "/support/partner-center/new", "Invoice question", textFile("note.txt"));
    String requestPath = opened.getRedirectedUrl();
    assertThat(requestPath).startsWith("/support/requests/");
    String attachment =
        getAs(globalAdmin, requestPath)
            .getContentAsString()
            .replaceAll("(?s).*href=\"(/support/requests/[^\"]+/attachments/[^\"]+)\".*", "$1");

    MockHttpSession sales = user(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    for (String path :
        List.of(
            "/support",
            "/support/partner-center/new",
            "/support/customers",
            requestPath,
            attachment)) {
      assertThat(getAs(sales, path).getStatus()).as(path).isEqualTo(403);
    }
    // a help desk agent does not open (or read) Partner Center requests
    MockHttpSession helpdesk = user(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    assertThat(getAs(helpdesk, "/support/partner-center/new").getStatus()).isEqualTo(403);
    assertThat(getAs(helpdesk, requestPath).getStatus()).isEqualTo(403);

    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser stranger = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(otherPartner, stranger, SYSTEM);
    MockHttpSession other = signIn(mvc, stranger.email());
    for (String path :
        List.of(requestPath, attachment, "/support/customers/" + customerId + "/new")) {
      MockHttpServletResponse response = getAs(other, path);
      assertThat(response.getStatus()).as(path).isEqualTo(404);
      assertThat(response.getContentAsString()).as(path).doesNotContain("Invoice question");
    }
    assertThat(getAs(other, "/support").getContentAsString()).doesNotContain("Invoice question");
    // partner users never reach the desk
    assertThat(getAs(globalAdmin, "/operator/support").getStatus()).isIn(302, 403);
  }

  private MockHttpServletResponse submit(
      MockHttpSession session, String path, String title, MockMultipartFile file) throws Exception {
    MockMultipartHttpServletRequestBuilder request = multipart(path);
    request
        .file(file)
        .param("lang", "en")
        .param("category", "TECHNICAL")
        .param("severity", "CRITICAL")
        .param("title", title)
        .param("description", "Mail to the tenant bounces since 08:00.")
        .param("contactFirstName", "Wei")
        .param("contactLastName", "Zhang")
        .param("contactEmail", "wei.zhang@example.com")
        .session(session)
        .with(csrf());
    return mvc.perform(request).andReturn().getResponse();
  }

  private List<SupportRequestSummary> requestsOfPartner() {
    return requests
        .list(partnerId, SupportRequestFilter.any(), PageRequest.of(0, 10), SYSTEM)
        .getContent();
  }

  private static MockMultipartFile textFile(String name) {
    return new MockMultipartFile(
        "attachments", name, "text/plain", "12:00 bounce 550\n".getBytes(StandardCharsets.UTF_8));
  }

  private MockHttpSession user(AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    return signIn(mvc, user.email());
  }

  private MockHttpServletResponse getAs(MockHttpSession session, String path) throws Exception {
    return mvc.perform(get(path).param("lang", "en").session(session)).andReturn().getResponse();
  }
}
