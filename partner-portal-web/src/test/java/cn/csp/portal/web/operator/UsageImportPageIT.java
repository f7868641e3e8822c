package cn.csp.portal.web.operator;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.billing.UsageCsvFormat;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.web.PortalSessions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The operator console's usage import: upload, the per-line error table, operators only. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class UsageImportPageIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired OperatorAccounts operators;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;
  @Autowired TestClock clock;

  private MockHttpSession operator;
  private UUID partnerId;
  private UUID azure;
  private LocalDate start;

  /** An operator, and a customer whose Azure subscription started a week ago. */
  @BeforeEach
  void anOperatorAndAnAzureSubscription() throws Exception {
    LocalDate today = clock.today();
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, today);
    partnerId =
        partners.createPartner(
            aPartner("Usage Page Partner " + UUID.randomUUID(), today.getDayOfMonth()), SYSTEM);
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("Usage Page Customer"), SYSTEM).customerId();
    Offer offer =
        catalog.offers().stream()
            .filter(o -> o.name().equals("Microsoft Azure operated by 21Vianet"))
            .findFirst()
            .orElseThrow();
    azure =
        subscriptions
            .placeOrder(
                partnerId,
                customerId,
                new NewOrder(
                    UUID.randomUUID().toString(),
                    List.of(new OrderLine(offer.offerId(), 1, null, null))),
                SYSTEM)
            .lines()
            .get(0)
            .subscriptionId();
    start = today.plusDays(1);
    clock.advance(Duration.ofDays(7));

    String email = uniqueEmail("operator");
    operators.createOperator(new NewOperator("Wang Operator", email, PASSWORD), SYSTEM);
    operator =
        (MockHttpSession)
            mvc.perform(formLogin("/operator/login").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/operator"))
                .andReturn()
                .getRequest()
                .getSession(false);
    mvc.perform(get("/operator").param("lang", "en").session(operator)).andExpect(status().isOk());
  }

  private String line(LocalDate day, String resource, String consumed) {
    return azure
        + ","
        + day
        + ",VIRTUAL MACHINES,Compute,"
        + resource
        + ",Compute Hours,China East,7UD-00001,1,"
        + consumed
        + ",0,China East,Compute,EXTERNAL,web-01,\r\n";
  }

  private MvcResult upload(MockHttpSession session, byte[] csv) throws Exception {
    return mvc.perform(
            multipart("/operator/usage")
                .file(new MockMultipartFile("file", "usage.csv", "text/csv", csv))
                .session(session)
                .with(csrf()))
        .andReturn();
  }

  private MvcResult upload(String csv) throws Exception {
    return upload(operator, csv.getBytes(StandardCharsets.UTF_8));
  }

  private Document page(MvcResult result) throws Exception {
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private Document follow(MvcResult redirect) throws Exception {
    assertThat(redirect.getResponse().getRedirectedUrl()).isEqualTo("/operator/usage");
    return Jsoup.parse(
        mvc.perform(get("/operator/usage").session(operator))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void theConsoleLinksToThePageWhichShowsTheFileFormat() throws Exception {
    Document home =
        Jsoup.parse(
            mvc.perform(get("/operator").session(operator))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(home.getElementById("tile-usage").attr("href")).isEqualTo("/operator/usage");
    assertThat(home.getElementById("operator-nav-usage").text()).isEqualTo("Usage");

    Document usage = page(mvc.perform(get("/operator/usage").session(operator)).andReturn());
    assertThat(usage.getElementById("operator-nav-usage").hasClass("active")).isTrue();
    assertThat(usage.getElementById("usage-header").text()).isEqualTo(UsageCsvFormat.HEADER);
    assertThat(usage.getElementById("usage-upload-form")).isNotNull();
  }

  @Test
  void aGoodFileIsImportedAndTheCountShown() throws Exception {
    String resource = UUID.randomUUID().toString();
    Document done =
        follow(
            upload(
                "\uFEFF"
                    + UsageCsvFormat.HEADER
                    + "\r\n"
                    + line(start, resource, "3.5")
                    + line(start.plusDays(1), resource, "4")));

    assertThat(done.getElementById("usage-accepted").text()).startsWith("2 usage records imported");
    // a reload does not upload again: the confirmation was shown once
    Document reload =
        Jsoup.parse(
            mvc.perform(get("/operator/usage").session(operator))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(reload.getElementById("usage-accepted")).isNull();
  }

  @Test
  void aFileWithBadLinesListsEachAndImportsNothing() throws Exception {
    String resource = UUID.randomUUID().toString();
    String good = line(start, resource, "1");
    Document refused =
        page(
            upload(
                UsageCsvFormat.HEADER
                    + "\r\n"
                    + good
                    + line(start.plusDays(1), resource, "-1")
                    + line(start.plusDays(2), resource, "many")
                    + good));

    assertThat(refused.getElementById("usage-refused").text()).contains("Nothing was imported");
    List<Element> rows = refused.select("#usage-errors tr.usage-error");
    assertThat(rows).extracting(row -> row.attr("data-line")).containsExactly("3", "4", "5");
    assertThat(rows.get(0).text()).isEqualTo("3 ConsumedQuantity must not be negative (-1).");
    assertThat(rows.get(1).text()).contains("\"many\" is not a number");
    assertThat(rows.get(2).text()).contains("already on line 2");
    assertThat(refused.getElementById("usage-upload-form")).isNotNull();

    // nothing was imported: the good line alone is still new
    Document done = follow(upload(UsageCsvFormat.HEADER + "\r\n" + good));
    assertThat(done.getElementById("usage-accepted").text()).startsWith("1 usage records imported");
  }

  @Test
  void aMissingOrUnreadableFileIsExplainedNextToTheField() throws Exception {
    Document none =
        page(
            mvc.perform(
                    multipart("/operator/usage")
                        .file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
                        .session(operator)
                        .with(csrf()))
                .andReturn());
    assertThat(none.getElementById("file-error").text())
        .isEqualTo("Choose the CSV file to upload.");

    Document latin1 =
        page(
            upload(
                operator,
                (UsageCsvFormat.HEADER + "\r\nGröße\r\n").getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(latin1.getElementById("file-error").text()).startsWith("The file is not in UTF-8");

    Document headerOnly = page(upload(UsageCsvFormat.HEADER + "\r\n"));
    assertThat(headerOnly.getElementById("file-error").text())
        .isEqualTo("The file has no usage lines.");
  }

  @Test
  void partnerUsersCannotReachTheConsole() throws Exception {
    NewPartnerUser partnerAdmin = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, partnerAdmin, SYSTEM);
    MockHttpSession partnerSession = PortalSessions.signIn(mvc, partnerAdmin.email());
    String csv = UsageCsvFormat.HEADER + "\r\n" + line(start, UUID.randomUUID().toString(), "1");

    mvc.perform(get("/operator/usage").session(partnerSession))
        .andExpect(redirectedUrl("/operator/login"));
    assertThat(
            upload(partnerSession, csv.getBytes(StandardCharsets.UTF_8))
                .getResponse()
                .getRedirectedUrl())
        .isEqualTo("/operator/login");
    mvc.perform(get("/operator/usage")).andExpect(redirectedUrl("/operator/login"));

    // the partner's upload imported nothing
    Document done = follow(upload(csv));
    assertThat(done.getElementById("usage-accepted").text()).startsWith("1 usage records imported");
  }
}
