package cn.csp.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.web.demo.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Support in a real headless Chromium with the demo data (spec 2.30, 2.35): the help desk agent
 * files a request for the demo customer, with a file; the operator asks for information; the agent
 * answers; the operator closes the request.
 */
@IntegrationTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "portal.demo-data.enabled=true")
class SupportBrowserIT extends BrowserTest {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired PartnerAccounts partners;
  @Autowired OperatorAccounts operators;

  // users of their own (other browser tests change the demo users' passwords)
  private String helpdesk;
  private String operator;

  @BeforeEach
  void aHelpdeskAgentOfTheDemoPartnerAndAnOperator() {
    UUID demoPartner = partners.findPartnerIdByMpnId(DemoData.PARTNER_MPN_ID).orElseThrow();
    NewPartnerUser agent = PartnerFixtures.aUser(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    partners.addUser(demoPartner, agent, SYSTEM);
    helpdesk = agent.email();
    operator = PartnerFixtures.uniqueEmail("desk");
    operators.createOperator(
        new NewOperator("Desk Operator", operator, PartnerFixtures.PASSWORD), SYSTEM);
  }

  private void signIn(String loginPath, String email) {
    context.clearCookies();
    page.navigate(url(loginPath + "?lang=en"));
    page.locator("#username").fill(email);
    page.locator("#password").fill(PartnerFixtures.PASSWORD);
    page.locator("#sign-in-submit").click();
  }

  @Test
  void aHelpdeskAgentFilesACustomerRequestAndTheOperatorAnswersAndClosesIt(
      @org.junit.jupiter.api.io.TempDir Path files) throws IOException {
    Path log = files.resolve("mail-trace.log");
    Files.writeString(log, "09:12 550 5.7.1 relay denied\n", StandardCharsets.UTF_8);
    String title = "Mail bounces " + UUID.randomUUID().toString().substring(0, 8);

    // the help desk agent: customer, service (its health first), then the form with a file
    signIn("/login", helpdesk);
    assertThat(page).hasURL(url("/dashboard"));
    page.navigate(url("/support?lang=en"));
    page.locator("#new-customer-request").click();
    page.locator("#customer-search").fill("云启");
    page.locator("#customer-search-submit").click();
    page.locator("[data-customer='北京云启科技有限公司']").click();
    page.locator("[data-service='EXCHANGE_ONLINE']").click();
    assertThat(page.locator("#service-health")).isVisible();
    page.locator("#severity").selectOption("CRITICAL");
    page.locator("#title").fill(title);
    page.locator("#description").fill("Mail to the customer's tenant bounces since 09:00.");
    page.locator("#attachments").setInputFiles(log);
    page.locator("#submit-request").click();
    assertThat(page.locator("#request-opened")).isVisible();
    assertThat(page.locator(".attachment a")).hasText("mail-trace.log");
    String requestUrl = page.url();
    String number = page.locator("#request-number").innerText();

    // the operator finds it at the desk and asks for information
    signIn("/operator/login", operator);
    page.navigate(url("/operator/support?lang=en&unanswered=true"));
    page.locator("[data-request='" + number + "'] a").click();
    assertThat(page.locator(".sla")).isVisible();
    page.locator("#text").fill("Which sender address is refused?");
    page.locator("#needsInformation1").check();
    page.locator("#note-submit").click();
    assertThat(page.locator("#flash")).isVisible();
    String deskUrl = page.url();

    // the agent sees the question and answers
    signIn("/login", helpdesk);
    page.navigate(requestUrl + "?lang=en");
    assertThat(page.locator("#attention-needed")).isVisible();
    assertThat(page.locator(".support-note[data-from='operator'] .note-text"))
        .hasText("Which sender address is refused?");
    page.locator("#text").fill("noreply@yunqitech.partner.onmschina.cn");
    page.locator("#note-submit").click();
    assertThat(page.locator("#flash")).isVisible();
    assertThat(page.locator("#attention-needed")).hasCount(0);

    // the operator closes it with a note; the agent sees it closed
    signIn("/operator/login", operator);
    page.navigate(deskUrl + "?lang=en");
    page.locator("#close-note").fill("The connector's allow list now has the sender.");
    page.locator("#desk-close").click();
    assertThat(page.locator("#request-status")).hasText(Pattern.compile("Closed"));

    signIn("/login", helpdesk);
    page.navigate(requestUrl + "?lang=en");
    assertThat(page.locator("#request-status")).hasText(Pattern.compile("Closed"));
    assertThat(page.locator(".support-note .note-text").last())
        .hasText("The connector's allow list now has the sender.");
  }
}
