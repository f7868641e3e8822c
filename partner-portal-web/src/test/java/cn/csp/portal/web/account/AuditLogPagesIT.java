package cn.csp.portal.web.account;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log pages: a global admin sees their own partner's entries only, whatever the request
 * says; operators see every partner's; bad filters are explained, never a failure.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuditLogPagesIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired OperatorAccounts operators;

  private NewPartner ours;
  private UUID ourId;
  private NewPartnerUser ourAdmin;
  private NewPartner theirs;
  private UUID theirId;
  private NewPartnerUser theirAdmin;

  @BeforeEach
  void twoPartners() {
    ours = aPartner();
    ourId = partners.createPartner(ours, SYSTEM);
    ourAdmin = aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    partners.addUser(ourId, ourAdmin, SYSTEM);
    theirs = aPartner();
    theirId = partners.createPartner(theirs, SYSTEM);
    theirAdmin = aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    partners.addUser(theirId, theirAdmin, SYSTEM);
  }

  private MockHttpSession signIn(String loginPath, String email) throws Exception {
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(formLogin(loginPath).user(email).password(PASSWORD))
                .andReturn()
                .getRequest()
                .getSession(false);
    // English texts, so the assertions read like the page
    String home = loginPath.startsWith("/operator") ? "/operator" : "/dashboard";
    mvc.perform(get(home).param("lang", "en").session(session)).andExpect(status().isOk());
    return session;
  }

  private MockHttpSession ourUser(AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(ourId, user, SYSTEM);
    return signIn("/login", user.email());
  }

  private Document page(MockHttpSession session, String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void aGlobalAdminSeesOnlyTheirOwnPartnersEntries() throws Exception {
    MockHttpSession admin = signIn("/login", ourAdmin.email());

    String entries = page(admin, "/account/audit").getElementById("audit-entries").text();

    assertThat(entries).contains("partner.created", ours.mpnId(), ourAdmin.email());
    assertThat(entries).doesNotContain(theirs.mpnId(), theirAdmin.email());
  }

  @Test
  void theTenantNeverComesFromTheRequest() throws Exception {
    MockHttpSession admin = signIn("/login", ourAdmin.email());

    String entries =
        page(admin, "/account/audit?partnerId=" + theirId + "&mpnId=" + theirs.mpnId())
            .getElementById("audit-entries")
            .text();

    assertThat(entries).contains(ours.mpnId()).doesNotContain(theirs.mpnId());
  }

  @Test
  void theFiltersNarrowTheEntries() throws Exception {
    MockHttpSession admin = signIn("/login", ourAdmin.email());

    Document users = page(admin, "/account/audit?action=partner.user&actor=TEST");
    assertThat(users.select("#audit-entries code.audit-action").eachText())
        .isNotEmpty()
        .allSatisfy(action -> assertThat(action).startsWith("partner.user"));

    String tomorrow = LocalDate.now().plusDays(2).toString();
    assertThat(page(admin, "/account/audit?from=" + tomorrow).getElementById("audit-empty"))
        .isNotNull();
  }

  @Test
  void badFiltersAreExplained() throws Exception {
    MockHttpSession admin = signIn("/login", ourAdmin.email());

    Document backwards = page(admin, "/account/audit?from=2026-03-02&to=2026-03-01");
    assertThat(backwards.getElementById("to-error").text())
        .isEqualTo("The end date can't be before the start date.");
    assertThat(backwards.getElementById("audit-empty")).isNotNull();

    Document unparsable = page(admin, "/account/audit?from=yesterday");
    assertThat(unparsable.getElementById("from-error").text())
        .isEqualTo("This value is not valid.");
  }

  @Test
  void usersWithoutTheAuditPermissionAreRefused() throws Exception {
    mvc.perform(get("/account/audit").session(ourUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN)))
        .andExpect(status().isForbidden());
    // a billing admin may enter account settings, but not the audit log
    mvc.perform(get("/account/audit").session(ourUser(AgentRole.NONE, AdminRole.BILLING_ADMIN)))
        .andExpect(status().isForbidden());
  }

  @Test
  void operatorsSeeEveryPartnerOrOneByMpnId() throws Exception {
    String email = uniqueEmail("operator");
    operators.createOperator(new NewOperator("Audit Operator", email, PASSWORD), SYSTEM);
    MockHttpSession operator = signIn("/operator/login", email);

    String everyone =
        page(operator, "/operator/audit?action=partner.created&actor=test")
            .getElementById("audit-entries")
            .text();
    assertThat(everyone).contains(ourId.toString());

    String oneByMpnId =
        page(operator, "/operator/audit?mpnId=" + theirs.mpnId())
            .getElementById("audit-entries")
            .text();
    assertThat(oneByMpnId).contains(theirAdmin.email()).doesNotContain(ourAdmin.email());

    // more than a page: the next page's link keeps the filters
    for (int i = 0; i < 20; i++) {
      partners.addUser(ourId, aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN), SYSTEM);
    }
    Document firstPage = page(operator, "/operator/audit?actor=test");
    assertThat(firstPage.select("#audit-entries tbody tr")).hasSize(20);
    assertThat(firstPage.select("a[rel=next]").attr("href"))
        .isEqualTo("/operator/audit?actor=test&page=1");
    Document secondPage = page(operator, "/operator/audit?actor=test&page=1");
    assertThat(secondPage.select("a[rel=prev]").attr("href"))
        .isEqualTo("/operator/audit?actor=test&page=0");

    Document unknown = page(operator, "/operator/audit?mpnId=999999999");
    assertThat(unknown.getElementById("mpnId-error").text())
        .isEqualTo("No partner has this MPN ID.");
    Document backwards = page(operator, "/operator/audit?from=2026-03-02&to=2026-03-01");
    assertThat(backwards.getElementById("to-error").text())
        .isEqualTo("The end date can't be before the start date.");
  }
}
