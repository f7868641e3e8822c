package cn.csp.portal.web.config;

import static cn.csp.portal.testsupport.CustomerFixtures.uniquePrefix;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.ApiAccess.IssuedClientSecret;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUsers.AddedUser;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.web.PortalSessions;
import cn.csp.portal.web.StoredSessions;
import cn.csp.portal.web.admincenter.OneTimePassword;
import cn.csp.portal.web.billing.InvoiceFixtures;
import cn.csp.portal.web.customers.CustomerWizardSteps;
import cn.csp.portal.web.security.CustomerAdminPrincipal;
import cn.csp.portal.web.security.OnBehalfPrincipal;
import cn.csp.portal.web.security.OperatorPrincipal;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;

/**
 * Everything the pages keep in a session reads back from PostgreSQL, as on another node: each
 * area's principal and security context, the language, a saved request, the "Add customer" wizard's
 * session-scoped state and the flash attributes of the POSTs that redirect with one (records
 * carrying a temporary password or a client secret, a billing run). A class that is not
 * Serializable fails the request that stores it (Spring Session serializes when it saves); one that
 * does not deserialize fails here. Every other MockMvc test goes through the same store (see {@code
 * MockMvcSessionCookies}), so a new flash attribute is checked by the test of its page.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, InvoiceFixtures.class})
class SessionAttributesIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final String FLASH_MAPS =
      "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS";
  private static final String NEW_PASSWORD = "Kx7#pQ2!vLm9-Zt";

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired OperatorAccounts operators;
  @Autowired InvoiceFixtures invoices;
  @Autowired JdbcClient jdbc;

  private StoredSessions stored() {
    return new StoredSessions(jdbc);
  }

  private Map<String, Object> storedAttributes(MockHttpSession browser) {
    return stored().attributes(StoredSessions.idOf(browser));
  }

  /** The flash attribute waiting in the stored session for the page after the redirect. */
  private Object storedFlash(MockHttpSession browser, String name) {
    Object maps = storedAttributes(browser).get(FLASH_MAPS);
    assertThat(maps).as("flash maps in the stored session").isInstanceOf(List.class);
    return ((List<?>) maps)
        .stream()
            .map(FlashMap.class::cast)
            .map(map -> map.get(name))
            .filter(Objects::nonNull)
            .findFirst()
            .orElseThrow(() -> new AssertionError("No flash attribute " + name + " stored"));
  }

  private Object principalIn(MockHttpSession browser, String slot) {
    Object context = storedAttributes(browser).get(slot);
    assertThat(context).as(slot).isInstanceOf(SecurityContext.class);
    return ((SecurityContext) context).getAuthentication().getPrincipal();
  }

  @Test
  void aPartnerUsersSessionReadsBackAfterEveryStep() throws Exception {
    UUID partnerId = partners.createPartner(PartnerFixtures.aPartner(), SYSTEM);
    NewPartnerUser user = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, user, SYSTEM);

    // anonymous: the page asked for is saved for after the sign-in
    MockHttpSession visitor = new MockHttpSession();
    mvc.perform(get("/customers").session(visitor)).andExpect(redirectedUrl("/login"));
    assertThat(storedAttributes(visitor).values())
        .anySatisfy(value -> assertThat(value).isInstanceOf(SavedRequest.class));

    MockHttpSession browser = PortalSessions.signIn(mvc, user.email());
    assertThat(principalIn(browser, "PORTAL_PARTNER_SECURITY_CONTEXT"))
        .isInstanceOf(PartnerUserPrincipal.class);
    mvc.perform(get("/dashboard").param("lang", "en").session(browser)).andExpect(status().isOk());
    assertThat(storedAttributes(browser).values()).contains(Locale.ENGLISH);

    mvc.perform(
            post("/account/users")
                .with(csrf())
                .session(browser)
                .param("fullName", "Chen Jie")
                .param("email", PartnerFixtures.uniqueEmail("added"))
                .param("agentRole", "SALES_AGENT")
                .param("adminRole", "NO_ADMIN"))
        .andExpect(redirectedUrl("/account/users/added"));
    assertThat(storedFlash(browser, "added")).isInstanceOf(AddedUser.class);
    mvc.perform(get("/account/users/added").session(browser)).andExpect(status().isOk());

    mvc.perform(
            post("/account/apps")
                .with(csrf())
                .session(browser)
                .param("displayName", "Session check"))
        .andExpect(redirectedUrl("/account/apps"));
    assertThat(storedFlash(browser, "issued")).isInstanceOf(IssuedClientSecret.class);
    mvc.perform(get("/account/apps").session(browser)).andExpect(status().isOk());

    // the wizard's steps live in a session-scoped bean
    MockHttpServletRequestBuilder step1 = post("/customers/new").with(csrf()).session(browser);
    CustomerWizardSteps.accountInfo("Litware Session Ltd", uniquePrefix()).forEach(step1::param);
    mvc.perform(step1).andExpect(redirectedUrl("/customers/new/subscriptions"));
    assertThat(storedAttributes(browser).get("scopedTarget.addCustomerWizard"))
        .isNotNull()
        .extracting(wizard -> wizard.getClass().getSimpleName())
        .isEqualTo("AddCustomerWizard");
    mvc.perform(post("/customers/new/subscriptions").with(csrf()).session(browser))
        .andExpect(redirectedUrl("/customers/new/review"));
    // the next node reads the step entered on this one
    mvc.perform(get("/customers/new/review").session(browser)).andExpect(status().isOk());
    mvc.perform(post("/customers/new/submit").with(csrf()).session(browser))
        .andExpect(redirectedUrl("/customers/new/created"));
    CreatedCustomer created = (CreatedCustomer) storedFlash(browser, "created");
    mvc.perform(get("/customers/new/created").session(browser)).andExpect(status().isOk());

    // administering on behalf: a second principal in the admin center's slot of the same session
    mvc.perform(
            post("/customers/{id}/administer", created.customerId()).with(csrf()).session(browser))
        .andExpect(redirectedUrl("/admin-center"));
    assertThat(principalIn(browser, "PORTAL_CUSTOMER_ADMIN_SECURITY_CONTEXT"))
        .isInstanceOf(OnBehalfPrincipal.class);
    assertThat(principalIn(browser, "PORTAL_PARTNER_SECURITY_CONTEXT"))
        .isInstanceOf(PartnerUserPrincipal.class);
    mvc.perform(
            post("/admin-center/users")
                .with(csrf())
                .session(browser)
                .param("lastName", "Wang")
                .param("firstName", "Fang")
                .param("displayName", "Wang Fang")
                .param("userName", "wang.fang")
                .param("usageLocation", "CN"))
        .andExpect(redirectedUrl("/admin-center/users/temporary-password"));
    assertThat(storedFlash(browser, "oneTimePassword")).isInstanceOf(OneTimePassword.class);
    mvc.perform(get("/admin-center/users/temporary-password").session(browser))
        .andExpect(status().isOk());

    // the customer's own admin, in a browser of its own
    MockHttpSession customerAdmin =
        (MockHttpSession)
            mvc.perform(
                    formLogin("/admin-center/login")
                        .user(created.adminSignInName())
                        .password(created.temporaryPassword()))
                .andExpect(redirectedUrl("/admin-center"))
                .andReturn()
                .getRequest()
                .getSession(false);
    assertThat(principalIn(customerAdmin, "PORTAL_CUSTOMER_ADMIN_SECURITY_CONTEXT"))
        .isInstanceOf(CustomerAdminPrincipal.class);
    mvc.perform(
            post("/admin-center/password")
                .with(csrf())
                .session(customerAdmin)
                .param("currentPassword", created.temporaryPassword())
                .param("newPassword", NEW_PASSWORD)
                .param("passwordConfirmation", NEW_PASSWORD))
        .andExpect(redirectedUrl("/admin-center"));
    assertThat(storedFlash(customerAdmin, "passwordChanged")).isEqualTo(true);

    assertThat(stored().readEveryAttribute()).isPositive();
  }

  @Test
  void anOperatorsBillingRunTravelsToTheNextPageThroughTheStore() throws Exception {
    InvoiceFixtures.Invoiced invoiced =
        invoices.partnerWithAnInvoice("Session Billing Partner", "Session Billing Customer");
    MockHttpSession operator = PortalSessions.signInNewOperator(mvc, operators);
    assertThat(principalIn(operator, "PORTAL_OPERATOR_SECURITY_CONTEXT"))
        .isInstanceOf(OperatorPrincipal.class);

    mvc.perform(
            post("/operator/billing-runs")
                .with(csrf())
                .session(operator)
                .param("mpnId", invoiced.partner().mpnId())
                .param("invoiceDate", invoiced.invoiceDate().toString()))
        .andExpect(redirectedUrl("/operator/billing-runs"));
    assertThat(storedFlash(operator, "lastRun"))
        .isInstanceOfSatisfying(
            BillingRun.class, run -> assertThat(run.invoiceId()).isEqualTo(invoiced.invoiceId()));
    mvc.perform(get("/operator/billing-runs").session(operator)).andExpect(status().isOk());

    assertThat(stored().readEveryAttribute()).isPositive();
  }
}
