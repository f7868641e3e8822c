package cn.csp.portal.web.customers;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerAdminSignIn;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUsers;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.web.PortalSessions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A customer's Service management and administering on behalf of the customer (AOBO, spec 2.25,
 * 2.29, 2.32): who may see service health and administer, what the on-behalf session may and may
 * not do in the admin center, that it is audited as the partner user, that it ends when the
 * customer removes delegated admin privileges, and that it leaves the portal session alone.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AdministerOnBehalfIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerUsers partnerUsers;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerRelationships relationships;
  @Autowired CustomerAdminAccounts customerAdmins;
  @Autowired CustomerUsers customerUsers;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;
  @Autowired JdbcClient jdbc;

  private UUID partnerId;
  private String partnerName;
  private CreatedCustomer customer;

  @BeforeEach
  void aPartnerWithACustomerWithE3() {
    PriceListFixtures.ensurePublishedAround(
        priceLists, catalog, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    partnerName = "Contoso AOBO " + UUID.randomUUID().toString().substring(0, 8);
    partnerId = partners.createPartner(aPartner(partnerName, 15), SYSTEM);
    customer = customers.createCustomer(partnerId, aCustomer("Litware Inc."), SYSTEM);
    String e3 =
        catalog.offers().stream()
            .filter(o -> o.name().equals("Office 365 Enterprise E3"))
            .findFirst()
            .orElseThrow()
            .offerId();
    subscriptions.placeOrder(
        partnerId,
        customer.customerId(),
        new NewOrder(UUID.randomUUID().toString(), List.of(new OrderLine(e3, 5, null, null))),
        SYSTEM);
  }

  private record SignedIn(UUID userId, String email, MockHttpSession session) {}

  private SignedIn signIn(UUID partner, AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    UUID id = partners.addUser(partner, user, SYSTEM);
    MockHttpSession session = PortalSessions.signIn(mvc, user.email());
    mvc.perform(get("/dashboard").param("lang", "en").session(session));
    return new SignedIn(id, user.email(), session);
  }

  private String servicesPath() {
    return "/customers/" + customer.customerId() + "/services";
  }

  private String administerPath() {
    return "/customers/" + customer.customerId() + "/administer";
  }

  private ResultActions administer(MockHttpSession session) throws Exception {
    return mvc.perform(post(administerPath()).with(csrf()).session(session));
  }

  private Document page(String path, MockHttpSession session) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Actor customerAdmin() {
    CustomerAdminSignIn admin = customerAdmins.findSignIn(customer.adminSignInName()).orElseThrow();
    return Actor.customerAdmin(admin.adminId(), admin.email());
  }

  private List<Map<String, Object>> audit(String action) {
    return jdbc.sql(
            "select actor_type, actor_id, actor_name, partner_id from audit_log"
                + " where action = ? and target_id = ? order by id")
        .param(action)
        .param(customer.customerId().toString())
        .query()
        .listOfRows();
  }

  @Test
  void anAdminAgentAdministersOnBehalfAndEverythingIsRecordedAsThePartnerUser() throws Exception {
    SignedIn agent = signIn(partnerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);

    // Service management: the services of the E3 subscription, their health, and Administer
    Document services = page(servicesPath(), agent.session());
    assertThat(services.select("#customer-services .customer-service").eachAttr("id"))
        .containsExactly(
            "service-EXCHANGE_ONLINE",
            "service-SHAREPOINT_ONLINE",
            "service-TEAMS",
            "service-OFFICE_APPS");
    assertThat(services.select("#customer-services .health-status")).hasSize(4);
    assertThat(services.getElementById("view-service-health")).isNotNull();
    assertThat(services.getElementById("administer")).isNotNull();
    assertThat(services.getElementById("no-delegated-admin")).isNull();
    Document health = page(servicesPath() + "/health", agent.session());
    assertThat(health.getElementById("health-TEAMS")).isNotNull();
    assertThat(health.getElementById("health-POWER_BI")).isNull();

    // Administer: into the customer's admin center, as the partner user
    administer(agent.session()).andExpect(redirectedUrl("/admin-center"));
    assertThat(audit("customer.administerOnBehalf.started"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("actor_type")).isEqualTo("PARTNER_USER");
              assertThat(row.get("actor_id")).isEqualTo(agent.userId());
              assertThat(row.get("partner_id")).isEqualTo(partnerId);
            });
    Document home = page("/admin-center", agent.session());
    assertThat(home.getElementById("on-behalf-text").text())
        .isEqualTo(
            "Administering Litware Inc. on behalf of the customer as Fixture User ("
                + partnerName
                + ").");
    assertThat(home.getElementById("exit-on-behalf")).isNotNull();
    assertThat(home.getElementById("company-name").text()).isEqualTo("Litware Inc.");
    // nothing here for the customer's own admin only
    assertThat(home.select(".revoke-form")).isEmpty();
    assertThat(home.getElementById("sign-out")).isNull();

    // a user created on behalf is audited as the partner user
    mvc.perform(
            post("/admin-center/users")
                .with(csrf())
                .session(agent.session())
                .param("lastName", "Wang")
                .param("firstName", "Fang")
                .param("displayName", "Wang Fang")
                .param("userName", "wang.fang")
                .param("usageLocation", "CN"))
        .andExpect(redirectedUrl("/admin-center/users/temporary-password"));
    CustomerUser created =
        customerUsers
            .list(customer.customerId(), "wang.fang", PageRequest.of(0, 10), SYSTEM)
            .getContent()
            .get(0);
    Map<String, Object> entry =
        jdbc.sql(
                "select actor_type, actor_id, actor_name, partner_id from audit_log"
                    + " where action = 'customer.user.created' and target_id = ?")
            .param(created.id().toString())
            .query()
            .singleRow();
    assertThat(entry.get("actor_type")).isEqualTo("PARTNER_USER");
    assertThat(entry.get("actor_id")).isEqualTo(agent.userId());
    assertThat(entry.get("actor_name")).isEqualTo(agent.email());
    // and so is a license assigned on behalf
    UUID e3 = subscriptions.subscriptionsOf(partnerId, customer.customerId(), SYSTEM).get(0).id();
    mvc.perform(
            post("/admin-center/users/" + created.id() + "/licenses/" + e3 + "/assign")
                .with(csrf())
                .session(agent.session()))
        .andExpect(redirectedUrl("/admin-center/users/" + created.id()));
    assertThat(
            jdbc.sql(
                    "select actor_id from audit_log where action = 'license.assigned'"
                        + " and target_id = ?")
                .param(e3.toString())
                .query(UUID.class)
                .single())
        .isEqualTo(agent.userId());
    // the other admin center pages work on behalf too
    page("/admin-center/users", agent.session());
    page("/admin-center/licenses", agent.session());
    assertThat(page("/admin-center/service-health", agent.session()).getElementById("health-TEAMS"))
        .isNotNull();

    // the portal session is untouched meanwhile
    page("/customers/" + customer.customerId(), agent.session());

    // Exit: back to the customer's page in the portal; the admin center is closed again
    mvc.perform(post("/admin-center/on-behalf/exit").with(csrf()).session(agent.session()))
        .andExpect(redirectedUrl("/customers/" + customer.customerId()));
    assertThat(audit("customer.administerOnBehalf.ended")).hasSize(1);
    mvc.perform(get("/admin-center").session(agent.session()))
        .andExpect(redirectedUrl("/admin-center/login"));
    page(servicesPath(), agent.session());
  }

  @Test
  void onBehalfThePasswordInvitationsAndDelegatedAdminAreTheCustomersOwn() throws Exception {
    SignedIn helpdesk = signIn(partnerId, AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    administer(helpdesk.session()).andExpect(redirectedUrl("/admin-center"));
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    String invitation = relationships.invitationOf(otherPartner, SYSTEM).path();

    mvc.perform(get("/admin-center/password").session(helpdesk.session()))
        .andExpect(status().isForbidden())
        .andExpect(forwardedUrl("/admin-center/forbidden"));
    // the page the refusal is forwarded to says why, in the admin center's frame
    mvc.perform(get("/admin-center/forbidden").param("lang", "en").session(helpdesk.session()))
        .andExpect(status().isForbidden())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString())
                    .contains("only the customer", "id=\"on-behalf-banner\""));
    mvc.perform(
            post("/admin-center/password")
                .with(csrf())
                .session(helpdesk.session())
                .param("currentPassword", customer.temporaryPassword())
                .param("newPassword", "Harbour!Lantern-2041")
                .param("passwordConfirmation", "Harbour!Lantern-2041"))
        .andExpect(status().isForbidden());
    mvc.perform(get(invitation).session(helpdesk.session())).andExpect(status().isForbidden());
    mvc.perform(post(invitation + "/accept").with(csrf()).session(helpdesk.session()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin-center/partners/" + partnerId + "/revoke-delegated-admin")
                .with(csrf())
                .session(helpdesk.session())
                .param("confirmed", "true"))
        .andExpect(status().isForbidden());

    // nothing changed: the admin's temporary password works, no relationship, DAP held
    assertThat(customerAdmins.findSignIn(customer.adminSignInName()).orElseThrow())
        .satisfies(admin -> assertThat(admin.mustChangePassword()).isTrue());
    assertThat(relationships.hasDelegatedAdmin(otherPartner, customer.customerId())).isFalse();
    assertThat(relationships.hasDelegatedAdmin(partnerId, customer.customerId())).isTrue();
    // and the session is still on behalf
    page("/admin-center/users", helpdesk.session());
  }

  @Test
  void revokingDelegatedAdminEndsTheOnBehalfSessionButNotThePortalSession() throws Exception {
    SignedIn agent = signIn(partnerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    administer(agent.session()).andExpect(redirectedUrl("/admin-center"));
    page("/admin-center/users", agent.session());

    relationships.revokeDelegatedAdmin(customer.customerId(), partnerId, customerAdmin());

    mvc.perform(get("/admin-center/users").session(agent.session()))
        .andExpect(redirectedUrl(servicesPath() + "?onBehalfEnded=true"));
    assertThat(audit("customer.administerOnBehalf.ended")).hasSize(1);
    mvc.perform(get("/admin-center").session(agent.session()))
        .andExpect(redirectedUrl("/admin-center/login"));
    mvc.perform(
            post("/admin-center/users")
                .with(csrf())
                .session(agent.session())
                .param("lastName", "Li")
                .param("firstName", "Lei")
                .param("displayName", "Li Lei")
                .param("userName", "li.lei")
                .param("usageLocation", "CN"))
        .andExpect(redirectedUrl("/admin-center/login"));
    assertThat(customerUsers.list(customer.customerId(), null, PageRequest.of(0, 10), SYSTEM))
        .isEmpty();

    // the portal session goes on and says why; the customer page says there are no rights
    Document services = page(servicesPath() + "?onBehalfEnded=true", agent.session());
    assertThat(services.getElementById("on-behalf-ended")).isNotNull();
    assertThat(services.getElementById("no-delegated-admin").text())
        .contains("No delegated admin rights");
    assertThat(services.getElementById("administer")).isNull();
    assertThat(services.getElementById("administer-unavailable").text())
        .isEqualTo("No delegated admin rights");
    // and the server refuses a new attempt
    administer(agent.session())
        .andExpect(status().isConflict())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString())
                    .contains("No delegated admin rights"));
    mvc.perform(get("/admin-center").session(agent.session()))
        .andExpect(redirectedUrl("/admin-center/login"));
    assertThat(audit("customer.administerOnBehalf.started")).hasSize(1);
  }

  @Test
  void losingThePermissionOrTheAccountEndsTheOnBehalfSession() throws Exception {
    SignedIn agent = signIn(partnerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    administer(agent.session()).andExpect(redirectedUrl("/admin-center"));

    NewPartnerUser userAdmin = aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    Actor globalAdmin =
        Actor.partnerUser(partners.addUser(partnerId, userAdmin, SYSTEM), userAdmin.email());

    // now a sales agent: no longer allowed to administer on behalf
    partnerUsers.changeRoles(
        partnerId, agent.userId(), AgentRole.SALES_AGENT, AdminRole.NO_ADMIN, globalAdmin);
    mvc.perform(get("/admin-center").session(agent.session()))
        .andExpect(redirectedUrl(servicesPath() + "?onBehalfEnded=true"));
    mvc.perform(get("/admin-center").session(agent.session()))
        .andExpect(redirectedUrl("/admin-center/login"));

    SignedIn helpdesk = signIn(partnerId, AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    administer(helpdesk.session()).andExpect(redirectedUrl("/admin-center"));
    partnerUsers.deactivate(partnerId, helpdesk.userId(), globalAdmin);
    mvc.perform(get("/admin-center").session(helpdesk.session()))
        .andExpect(redirectedUrl(servicesPath() + "?onBehalfEnded=true"));
    // the portal itself signs the deactivated user out
    mvc.perform(get(servicesPath()).session(helpdesk.session()))
        .andExpect(redirectedUrl("/login?ended"));
  }

  @Test
  void theOnBehalfSessionLastsNoLongerThanThePortalSignInItCameFrom() throws Exception {
    SignedIn agent = signIn(partnerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    administer(agent.session()).andExpect(redirectedUrl("/admin-center"));
    NewPartnerUser other = aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    partners.addUser(partnerId, other, SYSTEM);

    // someone else signs in to the portal in the same browser
    mvc.perform(
            post("/login")
                .with(csrf())
                .session(agent.session())
                .param("username", other.email())
                .param("password", PartnerFixtures.PASSWORD))
        .andExpect(redirectedUrl("/dashboard"));

    mvc.perform(get("/admin-center/users").session(agent.session()))
        .andExpect(redirectedUrl("/admin-center/login?ended"));
    mvc.perform(get("/admin-center").session(agent.session()))
        .andExpect(redirectedUrl("/admin-center/login"));
    assertThat(audit("customer.administerOnBehalf.ended")).hasSize(1);
  }

  @Test
  void salesAgentsSeeTheServicesButNeitherTheirHealthNorAdminister() throws Exception {
    SignedIn sales = signIn(partnerId, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);

    Document services = page(servicesPath(), sales.session());
    assertThat(services.select("#customer-services .customer-service")).hasSize(4);
    assertThat(services.select(".health-status")).isEmpty();
    assertThat(services.getElementById("view-service-health")).isNull();
    assertThat(services.getElementById("administer")).isNull();
    assertThat(services.getElementById("administer-not-permitted")).isNotNull();

    mvc.perform(get(servicesPath() + "/health").session(sales.session()))
        .andExpect(status().isForbidden());
    administer(sales.session()).andExpect(status().isForbidden());
    mvc.perform(get("/admin-center").session(sales.session()))
        .andExpect(redirectedUrl("/admin-center/login"));
    assertThat(audit("customer.administerOnBehalf.started")).isEmpty();
  }

  @Test
  void anotherPartnerCannotSeeOrAdministerTheCustomer() throws Exception {
    UUID partnerB = partners.createPartner(aPartner(), SYSTEM);
    SignedIn globalAdminOfB = signIn(partnerB, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);

    mvc.perform(get(servicesPath()).session(globalAdminOfB.session()))
        .andExpect(status().isNotFound());
    mvc.perform(get(servicesPath() + "/health").session(globalAdminOfB.session()))
        .andExpect(status().isNotFound());
    administer(globalAdminOfB.session()).andExpect(status().isNotFound());
    mvc.perform(get("/admin-center").session(globalAdminOfB.session()))
        .andExpect(redirectedUrl("/admin-center/login"));
    mvc.perform(
            get("/customers/" + UUID.randomUUID() + "/services").session(globalAdminOfB.session()))
        .andExpect(status().isNotFound());
    assertThat(audit("customer.administerOnBehalf.started")).isEmpty();
  }

  @Test
  void aCustomerWithoutSubscriptionsHasNoServicesToShow() throws Exception {
    CreatedCustomer empty = customers.createCustomer(partnerId, aCustomer("Empty Co"), SYSTEM);
    SignedIn agent = signIn(partnerId, AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    Document services = page("/customers/" + empty.customerId() + "/services", agent.session());
    assertThat(services.getElementById("no-services")).isNotNull();
    assertThat(services.getElementById("administer")).isNotNull();
    assertThat(
            page("/customers/" + empty.customerId() + "/services/health", agent.session())
                .getElementById("no-services"))
        .isNotNull();
    // and the customer's admin center shows no service health either
    mvc.perform(
            post("/customers/" + empty.customerId() + "/administer")
                .with(csrf())
                .session(agent.session()))
        .andExpect(redirectedUrl("/admin-center"));
    Document health = page("/admin-center/service-health", agent.session());
    assertThat(health.getElementById("no-services")).isNotNull();
    assertThat(health.getElementById("on-behalf-text").text()).contains("Empty Co");
  }
}
