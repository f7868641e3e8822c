package cn.csp.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.customer.NewCustomerUser;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.CustomerFixtures;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.PriceListFixtures;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Licenses and administering on behalf of a customer in a real headless Chromium (spec 2.22, 2.32):
 * a customer admin assigns the licenses of a subscription up to its quantity and is refused beyond
 * it; a partner's admin agent opens the customer's admin center from Service management and leaves
 * it again, still signed in to the portal. Same configuration as {@link BrowserJourneyIT}, so the
 * two share one application.
 */
@IntegrationTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "portal.demo-data.enabled=true")
class AdminCenterLicensesBrowserIT extends BrowserTest {

  private static final Actor SYSTEM = Actor.system("test");
  private static final String ADMIN_PASSWORD = "Harbour!Lantern-2041";
  private static final String E3 = "Office 365 Enterprise E3";

  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerAdminAccounts customerAdmins;
  @Autowired CustomerUsers customerUsers;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;

  private UUID partnerId;
  private CreatedCustomer customer;

  @BeforeEach
  void aCustomerWithTwoE3Licenses() {
    PriceListFixtures.ensurePublishedAround(
        priceLists, catalog, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    partnerId = partners.createPartner(PartnerFixtures.aPartner("Northwind Licensing", 15), SYSTEM);
    customer =
        customers.createCustomer(partnerId, CustomerFixtures.aCustomer("Fabrikam Ltd."), SYSTEM);
    String e3 =
        catalog.offers().stream()
            .filter(o -> o.name().equals(E3))
            .findFirst()
            .orElseThrow()
            .offerId();
    subscriptions.placeOrder(
        partnerId,
        customer.customerId(),
        new NewOrder(UUID.randomUUID().toString(), List.of(new OrderLine(e3, 2, null, null))),
        SYSTEM);
  }

  private UUID aUser(String name, String displayName) {
    return customerUsers
        .create(
            customer.customerId(),
            new NewCustomerUser(
                name, "Test", displayName, name + "@" + customer.domain(), "CN", null),
            SYSTEM)
        .user()
        .id();
  }

  private void openUser(String displayName) {
    page.locator("#nav-admin-center-users").click();
    page.locator(".user-link", new Page.LocatorOptions().setHasText(displayName)).click();
  }

  @Test
  void aCustomerAdminAssignsLicensesUpToTheQuantityAndIsRefusedBeyondIt() {
    aUser("li", "Li Lei");
    aUser("wang", "Wang Fang");
    aUser("zhao", "Zhao Min");
    customerAdmins.changeOwnPassword(
        customerAdmins.findSignIn(customer.adminSignInName()).orElseThrow().adminId(),
        customer.temporaryPassword(),
        ADMIN_PASSWORD);

    page.navigate(url("/admin-center/login?lang=en"));
    page.locator("#username").fill(customer.adminSignInName());
    page.locator("#password").fill(ADMIN_PASSWORD);
    page.locator("#sign-in-submit").click();
    assertThat(page).hasURL(url("/admin-center"));

    // the Licenses page: two bought, none assigned
    page.locator("#nav-admin-center-licenses").click();
    assertThat(page.locator(".license-pool .pool-name")).containsText(E3);
    assertThat(page.locator(".license-pool .pool-available")).hasText("2");

    for (String user : List.of("Li Lei", "Wang Fang")) {
      openUser(user);
      page.locator(".assign-license").click();
      assertThat(page.locator("#license-assigned"))
          .hasText("A license of " + E3 + " was assigned.");
      assertThat(page.locator(".license-held .held-badge")).hasText("Assigned");
    }

    // the third is refused with the reason, and gets no license
    openUser("Zhao Min");
    assertThat(page.locator(".pool-available")).hasText("0 of 2 available");
    page.locator(".assign-license").click();
    assertThat(page.locator("#license-refused"))
        .hasText("All 2 licenses of " + E3 + " are assigned. Ask your partner to buy more.");
    assertThat(page.locator(".license-held")).hasCount(0);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/admin-center-license-refused-en.png"))
            .setFullPage(true));

    // the users list and the Licenses page agree
    page.locator("#nav-admin-center-users").click();
    assertThat(page.locator(".user-licenses")).hasText(new String[] {E3, E3, "Unlicensed"});
    page.locator("#nav-admin-center-licenses").click();
    assertThat(page.locator(".license-pool .pool-assigned")).hasText("2");
    assertThat(page.locator(".license-pool .pool-available")).hasText("0");

    // one removed: the license is free for the third user
    openUser("Wang Fang");
    page.locator(".unassign-license").click();
    assertThat(page.locator("#license-unassigned"))
        .hasText("The license of " + E3 + " was removed.");
    openUser("Zhao Min");
    page.locator(".assign-license").click();
    assertThat(page.locator("#license-assigned")).isVisible();

    assertThat(consoleErrors).as("console errors (e.g. CSP violations)").isEmpty();
  }

  @Test
  void anAdminAgentAdministersOnBehalfOfTheCustomerAndReturnsToThePortal() {
    NewPartnerUser agent = PartnerFixtures.aUser(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    partners.addUser(partnerId, agent, SYSTEM);
    page.navigate(url("/login?lang=en"));
    page.locator("#username").fill(agent.email());
    page.locator("#password").fill(PartnerFixtures.PASSWORD);
    page.locator("#sign-in-submit").click();
    assertThat(page).hasURL(url("/dashboard"));

    page.navigate(url("/customers/" + customer.customerId()));
    page.locator("#service-management-link").click();
    assertThat(page).hasURL(url("/customers/" + customer.customerId() + "/services"));
    assertThat(page.locator("#customer-services .customer-service")).hasCount(4);
    page.locator("#administer").click();

    // the customer's admin center, on its behalf
    assertThat(page).hasURL(url("/admin-center"));
    assertThat(page.locator("#on-behalf-text"))
        .hasText(
            "Administering Fabrikam Ltd. on behalf of the customer as Fixture User"
                + " (Northwind Licensing).");
    assertThat(page.locator(".revoke-form")).hasCount(0);
    page.locator("#nav-admin-center-licenses").click();
    assertThat(page.locator(".license-pool .pool-purchased")).hasText("2");
    assertThat(page.locator("#on-behalf-banner")).isVisible();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/admin-center-on-behalf-en.png"))
            .setFullPage(true));

    // the admin's own password is not the partner's to change
    Response refused = page.navigate(url("/admin-center/password"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(page.locator("#error-message")).containsText("only the customer's own admin");
    assertThat(page.locator("#on-behalf-banner")).isVisible();

    // Exit: back in the portal, still signed in
    page.locator("#exit-on-behalf").click();
    assertThat(page).hasURL(url("/customers/" + customer.customerId()));
    assertThat(page.locator("#signed-in-as")).isVisible();
    Response closed = page.navigate(url("/admin-center/users"));
    assertThat(page).hasURL(url("/admin-center/login"));
    assertThat(closed.status()).isEqualTo(200);

    // the browser reports the deliberate 403 itself; anything else would be a page's error
    assertThat(consoleErrors)
        .as("console errors (e.g. CSP violations)")
        .allMatch(error -> error.contains("status of 403"));
  }
}
