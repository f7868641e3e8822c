package cn.csp.portal.web.servicehealth;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.NewServiceIncident;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.ServiceHealth;
import cn.csp.portal.subscription.ServiceHealthStatus;
import cn.csp.portal.subscription.ServiceIncident;
import cn.csp.portal.subscription.ServiceIncidentKind;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.web.PortalSessions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Service health over HTTP (spec 2.25): an operator posts, updates and ends an incident in the
 * console, a customer admin reads it in the admin center, and nobody else can post.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ServiceHealthPagesIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final String ADMIN_PASSWORD = "Harbour!Lantern-2041";

  @Autowired MockMvc mvc;
  @Autowired OperatorAccounts operators;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerAdminAccounts customerAdmins;
  @Autowired ServiceHealth health;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;
  @Autowired JdbcClient jdbc;

  private MockHttpSession operator;

  @BeforeEach
  void signInAsOperator() throws Exception {
    String email = uniqueEmail("operator");
    operators.createOperator(new NewOperator("Li Operator", email, PASSWORD), SYSTEM);
    operator =
        (MockHttpSession)
            mvc.perform(formLogin("/operator/login").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/operator"))
                .andReturn()
                .getRequest()
                .getSession(false);
    // English texts, so the assertions read like the page
    mvc.perform(get("/operator").param("lang", "en").session(operator)).andExpect(status().isOk());
  }

  /**
   * A customer admin of a new customer with an Office 365 Enterprise E3 subscription (Exchange,
   * SharePoint, Teams, Office apps), signed in to the admin center with an own password.
   */
  private MockHttpSession aCustomerAdmin() throws Exception {
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);
    CreatedCustomer customer =
        customers.createCustomer(partnerId, aCustomer("Litware Health Ltd."), SYSTEM);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, LocalDate.now(CHINA));
    String e3 =
        catalog.offers().stream()
            .filter(offer -> offer.name().equals("Office 365 Enterprise E3"))
            .findFirst()
            .orElseThrow()
            .offerId();
    subscriptions.placeOrder(
        partnerId,
        customer.customerId(),
        new NewOrder(UUID.randomUUID().toString(), List.of(new OrderLine(e3, 5, null, null))),
        SYSTEM);
    customerAdmins.changeOwnPassword(
        customerAdmins.findSignIn(customer.adminSignInName()).orElseThrow().adminId(),
        customer.temporaryPassword(),
        ADMIN_PASSWORD);
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(
                    formLogin("/admin-center/login")
                        .user(customer.adminSignInName())
                        .password(ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/admin-center"))
                .andReturn()
                .getRequest()
                .getSession(false);
    mvc.perform(get("/admin-center").param("lang", "en").session(session))
        .andExpect(status().isOk());
    return session;
  }

  private static String uniqueTitle(String what) {
    return what + " " + UUID.randomUUID();
  }

  private Document page(String path, MockHttpSession session) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Document postForm(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request.session(operator).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private ResultActions postIncident(String title, String startTime) throws Exception {
    return mvc.perform(
        post("/operator/service-health/incidents")
            .session(operator)
            .with(csrf())
            .param("service", "SHAREPOINT_ONLINE")
            .param("kind", "INCIDENT")
            .param("status", "CRITICAL")
            .param("title", title)
            .param("message", "Sites load slowly.\nSome return errors.")
            .param("startTime", startTime));
  }

  private long incidentsTitled(String title) {
    return jdbc.sql("select count(*) from service_incident where title = :title")
        .param("title", title)
        .query(Long.class)
        .single();
  }

  private ServiceIncident incidentTitled(String title) {
    UUID id =
        jdbc.sql("select id from service_incident where title = :title")
            .param("title", title)
            .query(UUID.class)
            .single();
    return health.find(id).orElseThrow();
  }

  private static String anHourAgo() {
    return LocalDateTime.now(CHINA).minusHours(1).format(MINUTES);
  }

  @Test
  void anOperatorPostsUpdatesAndEndsAnIncidentThatACustomerAdminReads() throws Exception {
    Document overview = page("/operator/service-health", operator);
    // the start time defaults to now, in China time
    String defaultStart = overview.getElementById("startTime").val();
    assertThat(LocalDateTime.parse(defaultStart, MINUTES))
        .isCloseTo(
            LocalDateTime.now(CHINA).truncatedTo(ChronoUnit.MINUTES),
            org.assertj.core.api.Assertions.within(2, ChronoUnit.MINUTES));

    String title = uniqueTitle("SharePoint sites slow");
    String start = anHourAgo();
    String location =
        postIncident(title, start)
            .andExpect(flash().attribute("success", "serviceHealth.console.posted"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    ServiceIncident incident = incidentTitled(title);
    assertThat(location).isEqualTo("/operator/service-health/incidents/" + incident.id());
    assertThat(incident.startTime())
        .isEqualTo(LocalDateTime.parse(start, MINUTES).atZone(CHINA).toInstant());
    assertThat(incident.updates().get(0).message())
        .isEqualTo("Sites load slowly.\nSome return errors.");

    Document incidentPage = page(location, operator);
    assertThat(incidentPage.getElementById("incident-title").text()).isEqualTo(title);
    assertThat(incidentPage.getElementById("incident-service").text())
        .isEqualTo("SharePoint Online");
    assertThat(incidentPage.select(".incident-message").text()).contains("Sites load slowly.");
    assertThat(page("/operator/service-health", operator).getElementById("open-" + incident.id()))
        .isNotNull();

    // a customer admin sees it as the service's current health, with its messages
    MockHttpSession admin = aCustomerAdmin();
    Document adminHome = page("/admin-center", admin);
    assertThat(adminHome.getElementById("service-health-link").attr("href"))
        .isEqualTo("/admin-center/service-health");
    Document adminPage = page("/admin-center/service-health", admin);
    Element row = adminPage.getElementById("health-SHAREPOINT_ONLINE");
    assertThat(row.select(".health-status").first().text()).isEqualTo("Critical");
    // only the services of the customer's subscriptions
    assertThat(adminPage.getElementById("health-POWER_BI")).isNull();
    assertThat(adminPage.getElementById("health-AZURE")).isNull();
    Element open = adminPage.getElementById("open-" + incident.id());
    assertThat(open.select(".incident-title").text()).isEqualTo(title);
    assertThat(open.select(".incident-message").text()).contains("Some return errors.");
    // customers never get the operator's links
    assertThat(adminPage.select("a[href*=/operator/]")).isEmpty();

    // the operator reports progress, then ends it
    mvc.perform(
            post(location + "/updates")
                .session(operator)
                .with(csrf())
                .param("status", "WARNING")
                .param("message", "Most sites are back."))
        .andExpect(redirectedUrl(location))
        .andExpect(flash().attribute("success", "serviceHealth.console.updated"));
    assertThat(
            page("/admin-center/service-health", admin)
                .getElementById("health-SHAREPOINT_ONLINE")
                .text())
        .contains("Most sites are back.");
    mvc.perform(
            post(location + "/end")
                .session(operator)
                .with(csrf())
                .param("message", "All sites are back."))
        .andExpect(redirectedUrl(location))
        .andExpect(flash().attribute("success", "serviceHealth.console.ended"));

    Document ended = page(location, operator);
    assertThat(ended.getElementById("incident-state").text()).isEqualTo("Ended");
    assertThat(ended.getElementById("update-form")).isNull();
    assertThat(ended.getElementById("end-form")).isNull();
    assertThat(ended.select(".incident-message").eachText())
        .containsExactly(
            "All sites are back.",
            "Most sites are back.",
            "Sites load slowly. Some return errors.");

    adminPage = page("/admin-center/service-health", admin);
    assertThat(adminPage.getElementById("open-" + incident.id())).isNull();
    Element history = adminPage.getElementById("incident-" + incident.id());
    assertThat(history.text()).contains(title, "SharePoint Online", "Incident", "Warning");
    assertThat(history.select(".incident-message").eachText()).hasSize(3);
  }

  @Test
  void badInputShowsFieldErrorsAndSavesNothing() throws Exception {
    long before = jdbc.sql("select count(*) from service_incident").query(Long.class).single();

    Document empty = postForm(post("/operator/service-health/incidents").param("kind", "INCIDENT"));
    assertThat(empty.getElementById("service-error").text()).isEqualTo("Please choose one.");
    assertThat(empty.getElementById("status-error").text()).isEqualTo("Please choose one.");
    assertThat(empty.getElementById("title-error").text()).isEqualTo("This field is required.");
    assertThat(empty.getElementById("message-error").text()).isEqualTo("This field is required.");

    String title = uniqueTitle("Bad");
    Document tooLong =
        postForm(
            post("/operator/service-health/incidents")
                .param("service", "AZURE")
                .param("kind", "INCIDENT")
                .param("status", "WARNING")
                .param("title", title + "x".repeat(ServiceHealth.TITLE_MAX))
                .param("message", "m"));
    assertThat(tooLong.getElementById("title-error").text())
        .isEqualTo("Use at most 200 characters.");
    // the refused input stays in the form
    assertThat(tooLong.getElementById("message").text()).isEqualTo("m");

    Document notADate =
        postForm(
            post("/operator/service-health/incidents")
                .param("service", "AZURE")
                .param("kind", "INCIDENT")
                .param("status", "WARNING")
                .param("title", title)
                .param("message", "m")
                .param("startTime", "yesterday"));
    assertThat(notADate.getElementById("startTime-error").text())
        .isEqualTo("This value is not valid.");

    String tomorrow = LocalDateTime.now(CHINA).plusDays(1).format(MINUTES);
    Document future =
        postForm(
            post("/operator/service-health/incidents")
                .param("service", "AZURE")
                .param("kind", "INCIDENT")
                .param("status", "WARNING")
                .param("title", title)
                .param("message", "m")
                .param("startTime", tomorrow));
    assertThat(future.getElementById("startTime-error").text())
        .startsWith("An incident cannot start later than now");

    // the form does not offer "Normal", and a crafted one is refused next to the field
    assertThat(future.select("#status option[value=NORMAL]")).isEmpty();
    Document normal =
        postForm(
            post("/operator/service-health/incidents")
                .param("service", "AZURE")
                .param("kind", "ADVISORY")
                .param("status", "NORMAL")
                .param("title", title)
                .param("message", "m"));
    assertThat(normal.getElementById("status-error").text())
        .isEqualTo("A new incident or advisory cannot have the status Normal.");

    assertThat(incidentsTitled(title)).isZero();
    assertThat(jdbc.sql("select count(*) from service_incident").query(Long.class).single())
        .isEqualTo(before);

    // an advisory may announce work that starts later
    mvc.perform(
            post("/operator/service-health/incidents")
                .session(operator)
                .with(csrf())
                .param("service", "AZURE")
                .param("kind", "ADVISORY")
                .param("status", "INFORMATION")
                .param("title", title)
                .param("message", "Planned maintenance.")
                .param("startTime", tomorrow))
        .andExpect(flash().attribute("success", "serviceHealth.console.posted"));
    assertThat(incidentsTitled(title)).isOne();
  }

  @Test
  void badOrLateUpdatesAreRefusedOnTheIncidentPage() throws Exception {
    String title = uniqueTitle("Power BI refresh");
    UUID id =
        health.post(
            new NewServiceIncident(
                CloudService.POWER_BI,
                ServiceIncidentKind.INCIDENT,
                ServiceHealthStatus.WARNING,
                title,
                "Refreshes fail.",
                null),
            Actor.operator(UUID.randomUUID(), "other-operator@21vianet.example"));
    String location = "/operator/service-health/incidents/" + id;

    Document empty = postForm(post(location + "/updates"));
    assertThat(empty.getElementById("update-status-error").text()).isEqualTo("Please choose one.");
    assertThat(empty.getElementById("update-message-error").text())
        .isEqualTo("This field is required.");
    Document emptyEnd = postForm(post(location + "/end"));
    assertThat(emptyEnd.getElementById("end-message-error").text())
        .isEqualTo("This field is required.");
    assertThat(health.find(id).orElseThrow().updates()).hasSize(1);

    // another operator ends it while this one is still writing
    health.end(id, "Fixed.", Actor.operator(UUID.randomUUID(), "other-operator@21vianet.example"));
    Document late =
        postForm(
            post(location + "/updates").param("status", "CRITICAL").param("message", "Worse."));
    assertThat(late.getElementById("form-errors").text())
        .isEqualTo("This incident has ended and can no longer be changed.");
    // the refused message is still there to copy
    assertThat(late.getElementById("update-message").text()).isEqualTo("Worse.");
    assertThat(health.find(id).orElseThrow().updates()).hasSize(2);

    mvc.perform(get("/operator/service-health/incidents/" + UUID.randomUUID()).session(operator))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/operator/service-health/incidents/" + UUID.randomUUID() + "/end")
                .session(operator)
                .with(csrf())
                .param("message", "?"))
        .andExpect(status().isNotFound());
  }

  @Test
  void nobodyButAnOperatorCanPost() throws Exception {
    String title = uniqueTitle("Not an operator");
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser partnerAdmin = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, partnerAdmin, SYSTEM);
    MockHttpSession partnerSession = PortalSessions.signIn(mvc, partnerAdmin.email());
    MockHttpSession admin = aCustomerAdmin();

    for (MockHttpSession session : new MockHttpSession[] {partnerSession, admin}) {
      // the console's sign-in knows only operators: other sessions are sent to it
      mvc.perform(
              post("/operator/service-health/incidents")
                  .session(session)
                  .with(csrf())
                  .param("service", "AZURE")
                  .param("kind", "INCIDENT")
                  .param("status", "CRITICAL")
                  .param("title", title)
                  .param("message", "m"))
          .andExpect(redirectedUrl("/operator/login"));
      mvc.perform(get("/operator/service-health").session(session))
          .andExpect(redirectedUrl("/operator/login"));
    }
    // without the console's form token the request is forbidden outright
    mvc.perform(
            post("/operator/service-health/incidents")
                .session(partnerSession)
                .param("service", "AZURE")
                .param("kind", "INCIDENT")
                .param("status", "CRITICAL")
                .param("title", title)
                .param("message", "m"))
        .andExpect(status().isForbidden());
    assertThat(incidentsTitled(title)).isZero();

    // and an operator cannot read the admin center's page
    mvc.perform(get("/admin-center/service-health").session(operator))
        .andExpect(redirectedUrl("/admin-center/login"));
  }

  @Test
  void theConsoleHomeLinksServiceHealth() throws Exception {
    Document home = page("/operator", operator);
    assertThat(home.getElementById("tile-service-health").attr("href"))
        .isEqualTo("/operator/service-health");
    assertThat(home.getElementById("operator-nav-service-health").attr("href"))
        .isEqualTo("/operator/service-health");
    Document overview = page("/operator/service-health", operator);
    assertThat(overview.getElementById("operator-nav-service-health").hasClass("active")).isTrue();
    // every service is listed, each with its health now
    for (CloudService service : CloudService.values()) {
      assertThat(overview.getElementById("health-" + service.name())).isNotNull();
    }
  }
}
