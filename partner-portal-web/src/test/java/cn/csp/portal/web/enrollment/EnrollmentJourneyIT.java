package cn.csp.portal.web.enrollment;

import static cn.csp.portal.web.PortalSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AgreementType;
import cn.csp.portal.partner.Agreements;
import cn.csp.portal.partner.CreditCheckOutcome;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerEnrollment;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.TestMailServer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole enrollment of spec 2.3 through the pages: create the account, sign in, apply, the
 * operator decides, the global admin accepts the agreement, the partner is active with its billing
 * day; and the rejection path.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EnrollmentJourneyIT {

  private static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "op@21vianet.example");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerEnrollment enrollment;
  @Autowired Agreements agreements;
  @Autowired JdbcClient jdbc;

  private MockHttpServletRequestBuilder accountForm(String email) {
    return post("/enroll")
        .with(csrf())
        .param("companyName", "Northwind Cloud " + PartnerFixtures.uniqueMpnId())
        .param("language", "EN")
        .param("adminFullName", "Li Na")
        .param("adminEmail", email)
        .param("adminPhone", "13900139000")
        .param("password", PartnerFixtures.PASSWORD)
        .param("passwordConfirmation", PartnerFixtures.PASSWORD);
  }

  private MockHttpServletRequestBuilder applicationForm(MockHttpSession session, String mpnId) {
    return applicationForm(session, mpnId, Map.of());
  }

  /** The enrollment form, filled in well except for the {@code changes}. */
  private MockHttpServletRequestBuilder applicationForm(
      MockHttpSession session, String mpnId, Map<String, String> changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("mpnId", mpnId);
    fields.put("legal.companyName", "Northwind Cloud (Shanghai) Ltd");
    fields.put("legal.address.addressLine1", "88 Century Avenue");
    fields.put("legal.address.city", "Shanghai");
    fields.put("legal.address.state", "Shanghai");
    fields.put("legal.address.postalCode", "200120");
    fields.put("legal.address.country", "CN");
    fields.put("legal.primaryContact.firstName", "Na");
    fields.put("legal.primaryContact.lastName", "Li");
    fields.put("legal.primaryContact.email", "li.na@northwind.cn");
    fields.put("legal.primaryContact.phoneNumber", "021-5555-0100");
    fields.put("legal.approvalContact.firstName", "Qiang");
    fields.put("legal.approvalContact.lastName", "Zhao");
    fields.put("legal.approvalContact.email", "zhao.qiang@northwind.cn");
    fields.put("support.website", "https://support.northwind.cn");
    fields.put("support.email", "support@northwind.cn");
    fields.put("support.phone", "400-820-8820");
    fields.putAll(changes);
    MockHttpServletRequestBuilder request = post("/enrollment/apply").session(session).with(csrf());
    fields.forEach(request::param);
    return request;
  }

  private UUID partnerOf(String email) {
    return partners.findSignIn(email).orElseThrow().partnerId();
  }

  private MockHttpSession appliedAndSignedIn(String email) throws Exception {
    mvc.perform(accountForm(email)).andExpect(redirectedUrl("/login"));
    MockHttpSession session = signIn(mvc, email);
    // until the partner is a member, every portal page leads to the enrollment
    mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/enrollment"));
    mvc.perform(get("/customers").session(session)).andExpect(redirectedUrl("/enrollment"));
    mvc.perform(get("/enrollment").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("open-application")));
    mvc.perform(applicationForm(session, PartnerFixtures.uniqueMpnId()))
        .andExpect(redirectedUrl("/enrollment?submitted"));
    return session;
  }

  @Test
  void applyApproveAcceptAndTheDashboardOpens() throws Exception {
    String email = PartnerFixtures.uniqueEmail("northwind");
    MockHttpSession session = appliedAndSignedIn(email);
    UUID partnerId = partnerOf(email);
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.UNDER_REVIEW);

    enrollment.recordCreditCheck(partnerId, CreditCheckOutcome.PASSED, "ok", OPERATOR);
    enrollment.approve(partnerId, OPERATOR);
    TestMailServer.get().awaitMessage(email, 1);

    // the same session sees the approval at once and is offered the agreement
    UUID agreementId = agreements.current(AgreementType.RESELLER_AGREEMENT).orElseThrow().id();
    mvc.perform(get("/enrollment").session(session))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("accept-agreement")));
    mvc.perform(
            post("/enrollment/agreement")
                .session(session)
                .with(csrf())
                .param("agreementId", agreementId.toString()))
        .andExpect(redirectedUrl("/dashboard?welcome"));

    PartnerOverview active = partners.findOverview(partnerId).orElseThrow();
    assertThat(active.status()).isEqualTo(PartnerStatus.ACTIVE);
    assertThat(active.billingDay())
        .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).getDayOfMonth());
    mvc.perform(get("/dashboard").session(session)).andExpect(status().isOk());
    mvc.perform(get("/enrollment").session(session)).andExpect(redirectedUrl("/dashboard"));
    assertThat(
            jdbc.sql("select ip_address from agreement_acceptance where partner_id = ?")
                .param(partnerId)
                .query(String.class)
                .single())
        .isEqualTo("127.0.0.1");
  }

  @Test
  void aRejectedApplicantSeesTheReasonAndMayResubmit() throws Exception {
    String email = PartnerFixtures.uniqueEmail("rejected");
    MockHttpSession session = appliedAndSignedIn(email);
    UUID partnerId = partnerOf(email);
    enrollment.reject(partnerId, "Legal name differs from the business licence", OPERATOR);

    mvc.perform(get("/enrollment").session(session))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Legal name differs from the business licence")));
    mvc.perform(get("/enrollment/apply").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("88 Century Avenue")));
    mvc.perform(applicationForm(session, PartnerFixtures.uniqueMpnId()))
        .andExpect(redirectedUrl("/enrollment?submitted"));
    assertThat(statusOf(partnerId)).isEqualTo(PartnerStatus.UNDER_REVIEW);
  }

  @Test
  void badAccountInputGetsFieldErrorsAndSavesNothing() throws Exception {
    long partnersBefore = countPartners();
    String body =
        mvc.perform(
                post("/enroll")
                    .with(csrf())
                    .param("companyName", "x".repeat(201))
                    .param("adminEmail", "not-an-email")
                    .param("adminPhone", "12345")
                    .param("password", "short")
                    .param("passwordConfirmation", "other")
                    .param("language", "EN"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body)
        .contains("companyName-error")
        .contains("adminFullName-error")
        .contains("adminEmail-error")
        .contains("adminPhone-error")
        .contains("passwordConfirmation-error")
        .contains("不能超过 200 个字符");
    assertThat(countPartners()).isEqualTo(partnersBefore);

    // a weak password and a taken sign-in name are refused next to their fields, in English
    String taken = PartnerFixtures.uniqueEmail("taken");
    mvc.perform(accountForm(taken)).andExpect(redirectedUrl("/login"));
    String again =
        mvc.perform(accountForm(taken).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(again).contains("adminEmail-error").contains("is already in use");
    assertThat(countPartners()).isEqualTo(partnersBefore + 1);
  }

  @Test
  void badApplicationInputGetsFieldErrorsAndSavesNothing() throws Exception {
    String email = PartnerFixtures.uniqueEmail("badapp");
    mvc.perform(accountForm(email)).andExpect(redirectedUrl("/login"));
    MockHttpSession session = signIn(mvc, email);
    String body =
        mvc.perform(
                applicationForm(
                    session,
                    "12ab",
                    Map.of(
                        "legal.address.postalCode", "12345",
                        "support.website", "support.example",
                        "legal.primaryContact.phoneNumber", "999")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body)
        .contains("mpnId-error")
        .contains("legal.address.postalCode-error")
        .contains("support.website-error")
        .contains("legal.primaryContact.phoneNumber-error")
        .contains("中国的邮政编码为 6 位数字");
    assertThat(statusOf(partnerOf(email))).isEqualTo(PartnerStatus.PENDING_ENROLLMENT);
    assertThat(partners.findProfiles(partnerOf(email))).isEmpty();
  }

  private PartnerStatus statusOf(UUID partnerId) {
    return partners.findOverview(partnerId).orElseThrow().status();
  }

  private long countPartners() {
    return jdbc.sql("select count(*) from partner").query(Long.class).single();
  }
}
