package cn.csp.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.CustomerFixtures;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.TestMailServer;
import cn.csp.portal.web.demo.DemoData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The journeys a person takes, in a real headless Chromium (Debian's, never a downloaded one)
 * against the portal on a random port with the demo data.
 */
@IntegrationTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "portal.demo-data.enabled=true")
class BrowserJourneyIT extends BrowserTest {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerRelationships relationships;

  /** Spring Session's cookie (the session itself is a row in PostgreSQL). */
  private Optional<Cookie> sessionCookie() {
    return context.cookies().stream().filter(cookie -> cookie.name.equals("SESSION")).findFirst();
  }

  private String sessionId() {
    return sessionCookie().map(cookie -> cookie.value).orElse(null);
  }

  private void signIn(String email, String password) {
    page.navigate(url("/login"));
    page.locator("#username").fill(email);
    page.locator("#password").fill(password);
    page.locator("#sign-in-submit").click();
  }

  @Test
  void theGlobalAdminSignsInSeesTheDashboardSwitchesLanguageAndSignsOut() {
    page.navigate(url("/login"));
    String sessionBefore = sessionId();
    signIn(DemoData.GLOBAL_ADMIN, DemoData.PASSWORD);
    assertThat(sessionId()).as("session id is changed at sign-in").isNotEqualTo(sessionBefore);
    // server.servlet.session.cookie.* shape Spring Session's cookie
    assertThat(sessionCookie())
        .get()
        .satisfies(
            cookie -> {
              assertThat(cookie.httpOnly).isTrue();
              assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
              assertThat(cookie.path).isEqualTo("/");
            });

    // the dashboard, in Chinese by default
    assertThat(page).hasURL(url("/dashboard"));
    assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
    assertThat(page.locator("#partner-name")).hasText("康拓索科技（北京）有限公司");
    assertThat(page.locator("#partner-status")).hasText("活动");
    assertThat(page.locator("#partner-mpn")).hasText(DemoData.PARTNER_MPN_ID);
    assertThat(page.locator("#nav-dashboard")).hasText("仪表板");
    assertThat(page.locator("#tiles .portal-tile")).hasCount(7);
    assertThat(page.locator("#customer-count")).hasText("您有 5 位客户");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/dashboard-zh.png"))
            .setFullPage(true));

    // English, and it sticks while moving around
    page.locator("#lang-en").click();
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("#nav-dashboard")).hasText("Dashboard");
    assertThat(page.locator("#partner-status")).hasText("Active");
    page.locator("#nav-customers").click();
    assertThat(page).hasURL(url("/customers"));
    assertThat(page.locator("#nav-customers")).hasText("Customers");
    assertThat(page.locator("#customers-title")).hasText("Customers");

    // Russian
    page.locator("#lang-ru").click();
    assertThat(page.locator("#nav-dashboard")).hasText("Панель мониторинга");
    page.locator("#nav-dashboard").click();
    assertThat(page.locator("#partner-status")).hasText("Активно");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/dashboard-ru.png"))
            .setFullPage(true));

    // sign out: back to the sign-in page, still in Russian, and the dashboard is closed again
    page.locator("#sign-out").click();
    assertThat(page).hasURL(Pattern.compile("/login\\?signedOut"));
    assertThat(page.locator("#signed-out")).hasText("Вы вышли из системы.");
    page.navigate(url("/dashboard"));
    assertThat(page).hasURL(url("/login"));

    assertThat(consoleErrors).as("console errors (e.g. CSP violations)").isEmpty();
  }

  /**
   * The text as read, without the spaces Chromium sometimes leaves at a line's end after a form
   * label (seen once in a full run): only what a reader sees is compared.
   */
  private static String visibleText(String innerText) {
    return innerText.replaceAll("[ \\t]+\\n", "\n").strip();
  }

  @Test
  void aWrongPasswordShowsAClearErrorThatDoesNotRevealWhetherTheUserExists() {
    signIn(DemoData.GLOBAL_ADMIN, "not-the-password");
    assertThat(page).hasURL(url("/login?error"));
    assertThat(page.locator("#login-error")).containsText("登录名或密码不正确。请重试。");
    String forKnownUser = visibleText(page.locator("main").innerText());

    signIn("nobody@contoso.partner.onmschina.cn", "not-the-password");
    assertThat(page).hasURL(url("/login?error"));
    assertThat(visibleText(page.locator("main").innerText())).isEqualTo(forKnownUser);
    assertThat(page.locator("#username")).hasValue("");
  }

  @Test
  void errorPagesAreTranslatedAndShowNoInternals() {
    signIn("sales@contoso.partner.onmschina.cn", DemoData.PASSWORD);
    assertThat(page).hasURL(url("/dashboard"));

    Response forbidden = page.navigate(url("/billing"));
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(page.locator("#forbidden-message")).containsText("您的角色不允许访问此页面或执行此操作。");
    assertThat(page.locator("#missing-permissions")).containsText("查看和下载账单及对账文件");

    page.navigate(url("/dashboard?lang=en"));
    Response missing = page.navigate(url("/customers/no-such-page"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(page.locator("#error-message"))
        .hasText("The page or record you asked for was not found.");
    String body = page.content();
    assertThat(body).doesNotContain("Exception", "at cn.csp", "Whitelabel", "trace");
    assertThat(page.locator("main")).containsText("Request ID:");
  }

  @Test
  void theOperatorSignsInToTheConsole() {
    page.navigate(url("/operator/login"));
    page.locator("#username").fill(DemoData.OPERATOR);
    page.locator("#password").fill(DemoData.PASSWORD);
    page.locator("#sign-in-submit").click();

    assertThat(page).hasURL(url("/operator"));
    assertThat(page.locator("#partners-by-status")).isVisible();
    assertThat(page.locator("#status-ACTIVE td").nth(1)).not().hasText("0");
    page.locator("#sign-out").click();
    assertThat(page).hasURL(Pattern.compile("/operator/login\\?signedOut"));
  }

  @Test
  void aGlobalAdminAddsASalesAgentWhoChangesTheTemporaryPasswordAndSeesNoPrices() {
    signIn(DemoData.GLOBAL_ADMIN, DemoData.PASSWORD);
    page.navigate(url("/account?lang=en"));
    page.locator("#link-users").click();
    page.locator("#add-user").click();
    String email = "new.sales." + System.nanoTime() + "@contoso.partner.onmschina.cn";
    page.locator("#fullName").fill("Sun Li");
    page.locator("#email").fill(email);
    page.locator("#agentRole").selectOption("SALES_AGENT");
    page.locator("#add-user-submit").click();

    assertThat(page).hasURL(url("/account/users/added"));
    assertThat(page.locator("#added-sign-in-name")).hasText(email);
    String temporaryPassword = page.locator("#temporary-password").innerText().strip();
    org.assertj.core.api.Assertions.assertThat(temporaryPassword).hasSize(16);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/user-added-en.png")));
    // shown once: a reload no longer has it
    page.reload();
    assertThat(page.locator("#temporary-password")).hasCount(0);
    assertThat(page.locator("#no-longer-shown")).isVisible();
    page.locator("#sign-out").click();

    signIn(email, temporaryPassword);
    assertThat(page).hasURL(url("/password"));
    assertThat(page.locator("#forced-change")).isVisible();
    page.locator("#currentPassword").fill(temporaryPassword);
    page.locator("#newPassword").fill("password1234");
    page.locator("#passwordConfirmation").fill("password1234");
    page.locator("#change-password").click();
    assertThat(page.locator("#newPassword-error")).isVisible();
    page.locator("#currentPassword").fill(temporaryPassword);
    page.locator("#newPassword").fill("Sun!Li-Passw0rd-2026");
    page.locator("#passwordConfirmation").fill("Sun!Li-Passw0rd-2026");
    page.locator("#change-password").click();

    assertThat(page).hasURL(url("/dashboard"));
    assertThat(page.locator("#password-changed")).isVisible();
    assertThat(page.locator("#nav-customers")).isVisible();
    assertThat(page.locator("#nav-billing")).hasCount(0);
    assertThat(page.locator("#nav-pricing")).hasCount(0);
    assertThat(page.locator("#tile-billing")).hasCount(0);
    assertThat(page.locator("#tile-pricing")).hasCount(0);
    assertThat(consoleErrors).isEmpty();
    // typed by hand, the page says which permission is missing
    page.navigate(url("/billing"));
    assertThat(page.locator("#missing-permissions li[data-permission=BILLING_VIEW]")).isVisible();
  }

  @Test
  void aUserRecoversTheirPasswordWithACodeFromTheirMail() {
    String email = "helpdesk@contoso.partner.onmschina.cn";
    page.navigate(url("/login?lang=en"));
    page.locator("#cant-access").click();
    page.locator("#signInName").fill(email);
    page.locator("#send-code").click();
    assertThat(page).hasURL(Pattern.compile("/recover/reset"));
    assertThat(page.locator("#code-sent")).isVisible();

    String code = TestMailServer.code(TestMailServer.get().awaitMessage(email, 1)).orElseThrow();
    page.locator("#code").fill(code);
    page.locator("#newPassword").fill("Zhao!Lei-Recovered-2026");
    page.locator("#passwordConfirmation").fill("Zhao!Lei-Recovered-2026");
    page.locator("#reset-password").click();

    assertThat(page).hasURL(url("/login?reset"));
    assertThat(page.locator("#password-reset")).isVisible();
    signIn(email, "Zhao!Lei-Recovered-2026");
    assertThat(page).hasURL(url("/dashboard"));
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void aCustomerAdminChangesTheTemporaryPasswordAndAcceptsASecondPartnersInvitation() {
    Actor system = Actor.system("test");
    UUID firstPartner =
        partners.createPartner(PartnerFixtures.aPartner("Northwind Traders", 15), system);
    UUID secondPartner =
        partners.createPartner(PartnerFixtures.aPartner("Tailspin Toys", 15), system);
    CreatedCustomer customer =
        customers.createCustomer(firstPartner, CustomerFixtures.aCustomer("Fabrikam Ltd."), system);
    String invitation = relationships.invitationOf(secondPartner, system).path();

    // the first sign-in, with the temporary password from the new-customer wizard
    page.navigate(url("/admin-center/login?lang=en"));
    assertThat(page.locator("#brand")).hasText("Office 365 admin center operated by 21Vianet");
    page.locator("#username").fill(customer.adminSignInName());
    page.locator("#password").fill(customer.temporaryPassword());
    page.locator("#sign-in-submit").click();
    assertThat(page).hasURL(url("/admin-center/password"));
    assertThat(page.locator("#forced-change")).isVisible();
    page.locator("#currentPassword").fill(customer.temporaryPassword());
    page.locator("#newPassword").fill("Harbour!Lantern-2041");
    page.locator("#passwordConfirmation").fill("Harbour!Lantern-2041");
    page.locator("#change-password").click();
    assertThat(page).hasURL(url("/admin-center"));
    assertThat(page.locator("#password-changed")).isVisible();
    assertThat(page.locator("#company-name")).hasText("Fabrikam Ltd.");
    assertThat(page.locator("#partners .partner-name")).hasText(new String[] {"Northwind Traders"});

    // the second partner's invitation link, from its e-mail
    page.navigate(url(invitation));
    assertThat(page.locator("#inviting-partner")).hasText("Tailspin Toys");
    page.locator("#accept-invitation").click();
    assertThat(page).hasURL(url("/admin-center"));
    assertThat(page.locator("#invitation-accepted")).containsText("Tailspin Toys");
    assertThat(page.locator("#partners .partner-name"))
        .hasText(new String[] {"Northwind Traders", "Tailspin Toys"});
    assertThat(page.locator("#partners .partner-dap .badge")).hasText(new String[] {"Yes", "Yes"});
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/screenshots/admin-center-en.png"))
            .setFullPage(true));

    assertThat(consoleErrors).as("console errors (e.g. CSP violations)").isEmpty();
  }

  @Test
  void theGlobalAdminAddsACustomerWithTheWizardAndSeesTheOneTimeCredentials() {
    // errors of the pages themselves; the browser's own favicon request (the portal has no icon,
    // so the first page a browser opens logs a 404) is not one of them
    List<String> pageErrors = new ArrayList<>();
    Chromium.collectConsoleErrors(page, pageErrors);
    // a partner of its own: the demo partner's customer count stays as other tests expect it
    UUID partnerId = partners.createPartner(PartnerFixtures.aPartner(), SYSTEM);
    NewPartnerUser globalAdmin = PartnerFixtures.aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, globalAdmin, SYSTEM);
    customers.createCustomer(partnerId, CustomerFixtures.aCustomer("Northwind Traders"), SYSTEM);
    signIn(globalAdmin.email(), PartnerFixtures.PASSWORD);
    page.navigate(url("/customers?lang=en"));
    assertThat(page.locator("#customer-table .customer-row")).hasCount(1);
    page.locator("#add-customer").click();
    assertThat(page).hasURL(url("/customers/new"));
    page.waitForLoadState(); // htmx listens once the page has loaded

    // the domain is checked while typing
    String prefix = "wizard" + (System.nanoTime() % 1_000_000_000L);
    page.locator("#domainPrefix").pressSequentially("a!");
    assertThat(page.locator("#domain-invalid")).isVisible();
    page.locator("#domainPrefix").fill("");
    page.locator("#domainPrefix").pressSequentially(prefix);
    assertThat(page.locator("#domain-available"))
        .hasText(prefix + ".partner.onmschina.cn is available.");

    page.locator("#companyName").fill("Fabrikam Cloud (Shanghai) Co., Ltd.");
    page.locator("[id='primaryContact.lastName']").fill("Chen");
    page.locator("[id='primaryContact.firstName']").fill("Jing");
    page.locator("[id='primaryContact.email']").fill("chen.jing@fabrikam.example.cn");
    page.locator("[id='billing.companyName']").fill("Fabrikam Cloud (Shanghai) Co., Ltd.");
    page.locator("[id='billing.lastName']").fill("Chen");
    page.locator("[id='billing.firstName']").fill("Jing");
    page.locator("[id='billing.email']").fill("billing@fabrikam.example.cn");
    page.locator("[id='billing.address.addressLine1']").fill("1000 Lujiazui Ring Road");
    page.locator("[id='billing.address.state']").fill("Shanghai");
    page.locator("[id='billing.address.city']").fill("Shanghai");
    page.locator("[id='billing.address.postalCode']").fill("200120");
    page.locator("[id='billing.culture']").selectOption("en-US");
    page.locator("[id='billing.language']").selectOption("en");
    page.locator("#next-subscriptions").click();

    assertThat(page).hasURL(url("/customers/new/subscriptions"));
    // one line per offer; all left empty: no subscriptions now
    assertThat(page.locator("#wizard-offers")).isVisible();
    page.locator("#next-review").click();
    assertThat(page).hasURL(url("/customers/new/review"));
    assertThat(page.locator("#review-domain")).hasText(prefix + ".partner.onmschina.cn");
    // "Update" goes back with everything kept
    page.locator("#update-account-info").click();
    assertThat(page.locator("#companyName")).hasValue("Fabrikam Cloud (Shanghai) Co., Ltd.");
    page.locator("#next-subscriptions").click();
    page.locator("#next-review").click();
    page.locator("#submit-customer").click();

    assertThat(page).hasURL(url("/customers/new/created"));
    String adminSignInName = page.locator("#admin-sign-in-name").innerText().strip();
    String temporaryPassword = page.locator("#admin-temporary-password").innerText().strip();
    assertThat(adminSignInName).isEqualTo("admin@" + prefix + ".partner.onmschina.cn");
    assertThat(temporaryPassword).hasSize(16);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/customer-added-en.png")));
    page.reload();
    assertThat(page.locator("#admin-temporary-password")).hasCount(0);
    assertThat(page.locator("#no-longer-shown")).isVisible();

    page.locator("#done").click();
    assertThat(page).hasURL(url("/customers"));
    assertThat(page.locator("#customer-table .customer-row")).hasCount(2);
    page.waitForLoadState(); // htmx listens once the page has loaded
    // a row's button expands that row's own cell, not the first one on the page
    Locator secondRow = page.locator("#customer-table .customer-row").nth(1);
    secondRow.locator(".expand-subscriptions").click();
    assertThat(secondRow.locator(".expansion-cell .no-subscriptions")).isVisible();
    assertThat(page.locator("#customer-table .customer-row").first().locator(".expansion-cell"))
        .isEmpty();
    page.locator("#customer-search").pressSequentially("fabrikam cloud");
    assertThat(page.locator("#customer-table .customer-row")).hasCount(1);
    page.locator(".expand-subscriptions").first().click();
    assertThat(page.locator(".no-subscriptions")).isVisible();

    // the new customer's admin signs in to the admin center with the one-time credentials and
    // accepts another partner's invitation (multipartner)
    UUID otherPartner = partners.createPartner(PartnerFixtures.aPartner(), SYSTEM);
    String invitation = relationships.invitationOf(otherPartner, SYSTEM).path();
    page.locator("#sign-out").click();
    page.navigate(url(invitation));
    assertThat(page).hasURL(url("/admin-center/login"));
    page.locator("#username").fill(adminSignInName);
    page.locator("#password").fill(temporaryPassword);
    page.locator("#sign-in-submit").click();
    assertThat(page.locator("#forced-change")).isVisible();
    page.locator("#currentPassword").fill(temporaryPassword);
    page.locator("#newPassword").fill("Harbour!Lantern-2042");
    page.locator("#passwordConfirmation").fill("Harbour!Lantern-2042");
    page.locator("#change-password").click();
    assertThat(page.locator("#password-changed")).isVisible();
    page.navigate(url(invitation));
    page.locator("#accept-invitation").click();
    assertThat(page.locator("#invitation-accepted")).isVisible();
    assertThat(page.locator("#partners .partner-name")).hasCount(2);
    assertThat(pageErrors).as("console errors (e.g. CSP violations)").isEmpty();
  }
}
