package cn.csp.portal.web.operator;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueEmail;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueMpnId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.EnrollmentForm;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerAccount;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerEnrollment;
import cn.csp.portal.partner.PartnerEnrollment.CreatedAccount;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The operator console's flows over HTTP, signed in as a real operator, on a real database. */
@IntegrationTest
@AutoConfigureMockMvc
class OperatorConsoleIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired OperatorAccounts operators;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerEnrollment enrollment;

  private MockHttpSession operator;

  @BeforeEach
  void signInAsOperator() throws Exception {
    String email = uniqueEmail("operator");
    operators.createOperator(new NewOperator("Wang Operator", email, PASSWORD), SYSTEM);
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

  /** An applicant whose enrollment is under review, submitted by its global admin. */
  private record Applicant(UUID partnerId, String adminEmail, String companyName, String mpnId) {}

  private Applicant anApplicant() {
    String email = uniqueEmail("applicant");
    String company = "Applicant " + UUID.randomUUID();
    CreatedAccount account =
        enrollment.createAccount(
            new NewPartnerAccount(
                company, "Zhang Admin", email, null, PASSWORD, NewPartnerAccount.Language.EN),
            "127.0.0.1");
    NewPartner profiles = aPartner(company, 1);
    String mpnId = uniqueMpnId();
    enrollment.submit(
        account.partnerId(),
        new EnrollmentForm(mpnId, profiles.profiles().legal(), profiles.profiles().support()),
        Actor.partnerUser(account.adminUserId(), email));
    return new Applicant(account.partnerId(), email, company, mpnId);
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).session(operator))
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

  private void postAndRedirect(MockHttpServletRequestBuilder request, String to) throws Exception {
    mvc.perform(request.session(operator).with(csrf()))
        .andExpect(redirectedUrl(to))
        .andExpect(flash().attributeExists("success"));
  }

  private PartnerStatus statusOf(UUID partnerId) {
    return partners.findOverview(partnerId).map(PartnerOverview::status).orElseThrow();
  }

  private static String reviewOf(Applicant applicant) {
    return "/operator/enrollments/" + applicant.partnerId();
  }

  @Test
  void theQueueListsASubmittedApplication() throws Exception {
    Applicant applicant = anApplicant();

    // the queue is oldest first, and other tests add applications too: look through its pages
    boolean listed = false;
    for (int page = 0; !listed; page++) {
      Document queue = page("/operator/enrollments?page=" + page);
      listed = queue.getElementById("application-" + applicant.partnerId()) != null;
      if (!listed && queue.select("a[rel=next]").isEmpty()) {
        break;
      }
      if (listed) {
        String row = queue.getElementById("application-" + applicant.partnerId()).text();
        assertThat(row)
            .contains(
                applicant.companyName(), applicant.mpnId(), "Not recorded yet", "Under review");
      }
    }
    assertThat(listed).isTrue();
  }

  @Test
  void theReviewPageShowsTheApplicationAndTheProfiles() throws Exception {
    Applicant applicant = anApplicant();

    Document review = page(reviewOf(applicant));

    assertThat(review.getElementById("application").text()).contains(applicant.mpnId());
    assertThat(review.getElementById("profile-legal").text()).contains(applicant.companyName());
    assertThat(review.getElementById("profile-organization").text())
        .contains(applicant.adminEmail());
    assertThat(review.getElementById("credit-check-form")).isNotNull();
  }

  @Test
  void aPassedCreditCheckAndAnApprovalMailTheGlobalAdmin() throws Exception {
    Applicant applicant = anApplicant();

    postAndRedirect(
        post(reviewOf(applicant) + "/credit-check").param("outcome", "PASSED").param("note", "ok"),
        reviewOf(applicant));
    postAndRedirect(post(reviewOf(applicant) + "/approve"), reviewOf(applicant));

    assertThat(statusOf(applicant.partnerId()))
        .isEqualTo(PartnerStatus.APPROVED_AWAITING_AGREEMENT);
    assertThat(page(reviewOf(applicant)).getElementById("application-status").text())
        .isEqualTo("Approved, awaiting agreement");
    MimeMessage mail = TestMailServer.get().awaitMessage(applicant.adminEmail(), 1);
    assertThat(TestMailServer.subject(mail)).isEqualTo("Your CSP program enrollment was approved");
  }

  @Test
  void anApprovalWithoutAPassedCreditCheckIsRefusedOnThePage() throws Exception {
    Applicant applicant = anApplicant();

    Document refused = postForm(post(reviewOf(applicant) + "/approve"));
    assertThat(refused.getElementById("form-errors").text())
        .isEqualTo("Record a passed credit check before approving.");

    postAndRedirect(
        post(reviewOf(applicant) + "/credit-check").param("outcome", "FAILED"),
        reviewOf(applicant));
    assertThat(postForm(post(reviewOf(applicant) + "/approve")).getElementById("form-errors"))
        .isNotNull();
    assertThat(statusOf(applicant.partnerId())).isEqualTo(PartnerStatus.UNDER_REVIEW);
  }

  @Test
  void aCreditCheckNeedsAnOutcomeAndANoteOfAtMost1000Characters() throws Exception {
    Applicant applicant = anApplicant();

    Document invalid =
        postForm(post(reviewOf(applicant) + "/credit-check").param("note", "x".repeat(1001)));

    assertThat(invalid.getElementById("outcome-error").text()).isEqualTo("Please choose one.");
    assertThat(invalid.getElementById("note-error").text()).startsWith("Use at most 1");
    assertThat(invalid.getElementById("credit-check-note").text()).hasSize(1001);
  }

  @Test
  void aRejectionNeedsAReasonAndMailsIt() throws Exception {
    Applicant applicant = anApplicant();

    Document invalid = postForm(post(reviewOf(applicant) + "/reject").param("reason", "   "));
    assertThat(invalid.getElementById("reason-error").text()).isEqualTo("This field is required.");
    assertThat(statusOf(applicant.partnerId())).isEqualTo(PartnerStatus.UNDER_REVIEW);

    postAndRedirect(
        post(reviewOf(applicant) + "/reject").param("reason", "The MPN ID is not verified."),
        reviewOf(applicant));

    assertThat(statusOf(applicant.partnerId())).isEqualTo(PartnerStatus.REJECTED);
    MimeMessage mail = TestMailServer.get().awaitMessage(applicant.adminEmail(), 1);
    assertThat(TestMailServer.subject(mail))
        .isEqualTo("Your CSP program enrollment was not approved");
    assertThat(TestMailServer.decoded(mail)).contains("The MPN ID is not verified.");
  }

  @Test
  void aDecisionOnADecidedApplicationIsRefusedOnThePage() throws Exception {
    Applicant applicant = anApplicant();
    postAndRedirect(
        post(reviewOf(applicant) + "/reject").param("reason", "Incomplete"), reviewOf(applicant));

    assertThat(page(reviewOf(applicant)).getElementById("approve")).isNull();
    Document refused = postForm(post(reviewOf(applicant) + "/approve"));
    assertThat(refused.getElementById("form-errors").text())
        .isEqualTo("This is not possible in the partner's current status.");
  }

  @Test
  void anUnknownApplicationIsNotFound() throws Exception {
    mvc.perform(get("/operator/enrollments/" + UUID.randomUUID()).session(operator))
        .andExpect(status().isNotFound());
  }

  @Test
  void theDirectoryFindsAPartnerByMpnIdOrNameAndStatus() throws Exception {
    NewPartner partner = aPartner();
    UUID partnerId = partners.createPartner(partner, SYSTEM);
    String row = "partner-" + partnerId;

    assertThat(page("/operator/partners?query=" + partner.mpnId()).getElementById(row)).isNotNull();
    String name = partner.profiles().legal().companyName();
    assertThat(page("/operator/partners?status=ACTIVE&query=" + name).getElementById(row))
        .isNotNull();
    assertThat(page("/operator/partners?status=SUSPENDED&query=" + name).getElementById(row))
        .isNull();
    // a status that does not exist is a field error, and a page far beyond the end is empty
    assertThat(page("/operator/partners?status=NONSENSE").getElementById("partners-empty"))
        .isNotNull();
    assertThat(page("/operator/partners?page=999999999").getElementById("partners-empty"))
        .isNotNull();
    // a page number that is none shows the first page, as before it
    for (String notANumber : new String[] {"abc", "-2", ""}) {
      assertThat(
              page("/operator/partners?query=" + partner.mpnId() + "&page=" + notANumber)
                  .getElementById(row))
          .as("page=%s", notANumber)
          .isNotNull();
    }
  }

  @Test
  void anOperatorSuspendsReinstatesAndTerminatesAPartner() throws Exception {
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser admin = aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, admin, SYSTEM);
    String detail = "/operator/partners/" + partnerId;

    postAndRedirect(
        post(detail + "/suspend").param("reason", "DELINQUENCY").param("note", "Invoice overdue"),
        detail);
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.SUSPENDED);
    Document suspended = page(detail);
    assertThat(suspended.getElementById("suspension-reason").text()).isEqualTo("Overdue bills");
    assertThat(suspended.getElementById("flash").text()).isEqualTo("The partner was suspended.");
    TestMailServer.get().awaitMessage(admin.email(), 1);

    postAndRedirect(post(detail + "/reinstate").param("note", "Paid"), detail);
    assertThat(partners.findOverview(partnerId).orElseThrow())
        .extracting(PartnerOverview::status, PartnerOverview::suspensionReason)
        .containsExactly(PartnerStatus.ACTIVE, null);

    Document unconfirmed = postForm(post(detail + "/terminate").param("note", "Fraud"));
    assertThat(unconfirmed.getElementById("terminate-form").text())
        .contains("Tick the confirmation to terminate.");
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.ACTIVE);

    postAndRedirect(
        post(detail + "/terminate").param("note", "Fraud").param("confirmed", "true"), detail);
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.TERMINATED);
    assertThat(page(detail).getElementById("no-standing-actions")).isNotNull();
  }

  @Test
  void anIllegalTransitionIsRefusedWithATranslatedMessage() throws Exception {
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);
    String detail = "/operator/partners/" + partnerId;

    Document refused = postForm(post(detail + "/reinstate").param("note", "Nothing to undo"));

    assertThat(refused.getElementById("reinstate-form").text())
        .contains("This is not possible in the partner's current status.");
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.ACTIVE);
  }

  @Test
  void aSuspensionNeedsAReasonAndANote() throws Exception {
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);

    Document invalid = postForm(post("/operator/partners/" + partnerId + "/suspend"));

    assertThat(invalid.getElementById("suspend-form").text())
        .contains("Please choose one.", "This field is required.");
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.ACTIVE);
  }

  @Test
  void theDetailPageShowsProfilesAndAcceptances() throws Exception {
    NewPartner partner = aPartner();
    UUID partnerId = partners.createPartner(partner, SYSTEM);

    Document detail = page("/operator/partners/" + partnerId);

    assertThat(detail.getElementById("overview").text()).contains(partner.mpnId());
    assertThat(detail.getElementById("profile-billing").text()).contains("91110000TEST");
    assertThat(detail.getElementById("acceptances-empty")).isNotNull();
  }

  @Test
  void anOperatorPublishesAnAgreementVersionOnce() throws Exception {
    String version = "v" + UUID.randomUUID().toString().substring(0, 8);
    MockHttpServletRequestBuilder publish =
        post("/operator/agreements")
            .param("type", "PROGRAM_GUIDE")
            .param("version", version)
            .param("title", "CSP program guide")
            .param("url", "https://www.21vbluecloud.com/office365/SolProv_programguide/");

    postAndRedirect(publish, "/operator/agreements");
    assertThat(page("/operator/agreements").getElementById("agreement-versions").text())
        .contains(version, "CSP program guide");

    Document duplicate = postForm(publish);
    assertThat(duplicate.getElementById("version-error").text())
        .isEqualTo("Version " + version + " of this document already exists.");
  }

  @Test
  void aNewAgreementVersionIsValidatedFieldByField() throws Exception {
    Document invalid =
        postForm(
            post("/operator/agreements")
                .param("version", "1 0")
                .param("url", "http://insecure.example.cn/"));

    assertThat(invalid.getElementById("type-error").text()).isEqualTo("Please choose one.");
    assertThat(invalid.getElementById("version-error").text())
        .isEqualTo("A version may contain letters, digits, dots, underscores and hyphens.");
    assertThat(invalid.getElementById("title-error").text()).isEqualTo("This field is required.");
    assertThat(invalid.getElementById("url-error").text())
        .isEqualTo("Enter a web address that starts with https://.");
  }

  @Test
  void theHomePageLinksEveryConsolePage() throws Exception {
    Document home = page("/operator");
    for (String item : new String[] {"enrollments", "partners", "agreements", "audit"}) {
      assertThat(home.getElementById("operator-nav-" + item).attr("href"))
          .isEqualTo("/operator/" + item);
      assertThat(home.getElementById("tile-" + item).attr("href")).isEqualTo("/operator/" + item);
    }
    // the enrollment queue is covered (for now disabled) by theQueueListsASubmittedApplication
    for (String item : new String[] {"partners", "agreements", "audit"}) {
      assertThat(
              page("/operator/" + item).getElementById("operator-nav-" + item).hasClass("active"))
          .isTrue();
    }
  }

  @Test
  void aPartnerUserCannotReachTheConsole() throws Exception {
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser admin = aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, admin, SYSTEM);
    MockHttpSession partnerSession =
        (MockHttpSession)
            mvc.perform(formLogin("/login").user(admin.email()).password(PASSWORD))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn()
                .getRequest()
                .getSession(false);

    for (String path :
        new String[] {
          "/operator/enrollments", "/operator/partners", "/operator/agreements", "/operator/audit"
        }) {
      mvc.perform(get(path).session(partnerSession)).andExpect(redirectedUrl("/operator/login"));
    }
    mvc.perform(
            post("/operator/partners/" + partnerId + "/terminate")
                .param("note", "x")
                .param("confirmed", "true")
                .session(partnerSession)
                .with(csrf()))
        .andExpect(redirectedUrl("/operator/login"));
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.ACTIVE);
  }
}
