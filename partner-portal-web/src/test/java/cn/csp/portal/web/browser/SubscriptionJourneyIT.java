package cn.csp.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.testsupport.CustomerFixtures;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.PriceListFixtures;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A partner's subscription journey in a real headless Chromium (Debian's): from the customer list
 * to a new subscription, more licenses, a suspension and the reactivation (spec 2.18-2.23). Same
 * application setup as {@link BrowserJourneyIT}, so both share one running portal.
 */
@IntegrationTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "portal.demo-data.enabled=true")
class SubscriptionJourneyIT extends BrowserTest {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;

  @Test
  void anAdminAgentAddsASubscriptionRaisesItsLicensesSuspendsAndReactivatesIt() {
    PriceListFixtures.ensurePublishedAround(
        priceLists, catalog, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    // a partner of its own: the demo partner's customers stay as other tests expect them
    UUID partnerId = partners.createPartner(PartnerFixtures.aPartner(), SYSTEM);
    NewPartnerUser agent = PartnerFixtures.aUser(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    partners.addUser(partnerId, agent, SYSTEM);
    UUID customerId =
        customers
            .createCustomer(partnerId, CustomerFixtures.aCustomer("Contoso Retail Ltd"), SYSTEM)
            .customerId();
    Offer e3 =
        catalog.offers().stream()
            .filter(o -> o.name().equals("Office 365 Enterprise E3"))
            .findFirst()
            .orElseThrow();

    page.navigate(url("/login?lang=en"));
    page.locator("#username").fill(agent.email());
    page.locator("#password").fill(PartnerFixtures.PASSWORD);
    page.locator("#sign-in-submit").click();
    assertThat(page).hasURL(url("/dashboard"));

    // the customer list: the row expands in place (htmx) to the customer's subscriptions
    page.navigate(url("/customers"));
    page.waitForLoadState(); // htmx listens once the page has loaded
    page.locator("#expand-" + customerId).click();
    assertThat(page.locator("#subscriptions-of-" + customerId + " .no-subscriptions")).isVisible();
    page.locator("#subscriptions-of-" + customerId + " .manage-subscriptions").click();
    assertThat(page).hasURL(url("/customers/" + customerId + "/subscriptions"));
    assertThat(page.locator("#tab-subscriptions")).hasClass(Pattern.compile("active"));

    // add a subscription
    page.locator("#add-subscription").click();
    assertThat(page).hasURL(url("/customers/" + customerId + "/subscriptions/new"));
    page.locator(".offer-choice[data-offer-id='" + e3.offerId() + "'] input").check();
    page.locator("#quantity").fill("10");
    page.locator("#friendlyName").fill("Retail stores");
    page.locator("#submit-order").click();

    assertThat(page)
        .hasURL(Pattern.compile("/customers/" + customerId + "/subscriptions/[0-9a-f-]{36}$"));
    assertThat(page.locator("#done")).containsText("The order has been placed");
    assertThat(page.locator("#subscription-name")).hasText("Retail stores");
    assertThat(page.locator("#subscription-quantity")).hasText("10 (Licenses)");
    assertThat(page.locator(".subscription-status").first()).hasText("Active");
    // an admin agent may see prices
    assertThat(page.locator("#unit-price")).containsText("CNY");

    // more licenses
    page.locator("#new-quantity").fill("15");
    page.locator("#change-quantity").click();
    assertThat(page.locator("#done")).hasText("The number of licenses has been changed.");
    assertThat(page.locator("#subscription-quantity")).hasText("15 (Licenses)");

    // suspend for non-payment: the deletion date is shown
    page.locator("#suspend-reason").selectOption("NON_PAYMENT");
    page.locator("#suspend").click();
    assertThat(page.locator("#done")).hasText("The subscription has been suspended.");
    assertThat(page.locator(".subscription-status").first()).hasText("Suspended");
    assertThat(page.locator("#suspension-reason")).containsText("Non-payment");
    assertThat(page.locator("#deletion-date")).isVisible();
    assertThat(page.locator("#quantity-form")).hasCount(0);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/subscription-suspended-en.png"))
            .setFullPage(true));

    // and back
    page.locator("#reactivate").click();
    assertThat(page.locator("#done")).hasText("The subscription has been reactivated.");
    assertThat(page.locator(".subscription-status").first()).hasText("Active");
    assertThat(page.locator("#deletion-date")).hasCount(0);
    assertThat(page.locator("#history-table .history-event"))
        .containsText(new String[] {"Purchase", "License change", "Suspension", "Reactivation"});

    // the list shows the new number of licenses
    page.locator("#back-to-subscriptions").click();
    assertThat(page.locator("#subscription-table .subscription-quantity")).hasText("15");
    assertThat(consoleErrors).as("console errors (e.g. CSP violations)").isEmpty();
  }
}
