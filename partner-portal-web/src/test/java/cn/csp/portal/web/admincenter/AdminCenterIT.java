package cn.csp.portal.web.admincenter;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.web.PortalSessions;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The simulated customer admin center (spec 1.2, 2.29, 2.33): a customer admin's first sign-in,
 * accepting a second partner's invitation, removing delegated admin privileges, and the walls
 * between the admin center, the partner portal and the operator console.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AdminCenterIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final String NEW_PASSWORD = "Harbour!Lantern-2041";

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerStanding standing;
  @Autowired OperatorAccounts operators;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerRelationships relationships;
  @Autowired JdbcClient jdbc;

  private UUID partnerA;
  private UUID partnerB;
  private CreatedCustomer customer;

  @BeforeEach
  void aCustomerOfPartnerA() {
    partnerA = partners.createPartner(aPartner(), SYSTEM);
    partnerB = partners.createPartner(aPartner(), SYSTEM);
    customer = customers.createCustomer(partnerA, aCustomer("Litware Inc."), SYSTEM);
  }

  private String invitationPathOf(UUID partnerId) {
    return relationships.invitationOf(partnerId, SYSTEM).path();
  }

  private MockHttpSession signIn(String password) throws Exception {
    MvcResult result =
        mvc.perform(
                formLogin("/admin-center/login")
                    .user(customer.adminSignInName())
                    .password(password))
            .andExpect(redirectedUrl("/admin-center"))
            .andReturn();
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  /** Signs in with the temporary password and replaces it, as the first sign-in demands. */
  private MockHttpSession signedInWithOwnPassword() throws Exception {
    MockHttpSession session = signIn(customer.temporaryPassword());
    mvc.perform(
            post("/admin-center/password")
                .with(csrf())
                .session(session)
                .param("currentPassword", customer.temporaryPassword())
                .param("newPassword", NEW_PASSWORD)
                .param("passwordConfirmation", NEW_PASSWORD))
        .andExpect(redirectedUrl("/admin-center"));
    return session;
  }

  @Test
  void theFirstSignInChangesThePasswordThenAcceptsAnInvitationAndRevokesDelegatedAdmin()
      throws Exception {
    // the temporary password opens only the password page
    MockHttpSession session = signIn(customer.temporaryPassword());
    mvc.perform(get("/admin-center").session(session))
        .andExpect(redirectedUrl("/admin-center/password"));
    mvc.perform(get(invitationPathOf(partnerB)).session(session))
        .andExpect(redirectedUrl("/admin-center/password"));
    mvc.perform(get("/admin-center/password").param("lang", "en").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"forced-change\"")));
    mvc.perform(
            post("/admin-center/password")
                .with(csrf())
                .session(session)
                .param("currentPassword", customer.temporaryPassword())
                .param("newPassword", NEW_PASSWORD)
                .param("passwordConfirmation", "something else"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"passwordConfirmation-error\"")));
    mvc.perform(
            post("/admin-center/password")
                .with(csrf())
                .session(session)
                .param("currentPassword", customer.temporaryPassword())
                .param("newPassword", NEW_PASSWORD)
                .param("passwordConfirmation", NEW_PASSWORD))
        .andExpect(redirectedUrl("/admin-center"));

    // home: the company and partner A with delegated admin privileges
    mvc.perform(get("/admin-center").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Litware Inc.")))
        .andExpect(content().string(containsString("id=\"partner-" + partnerA + "\"")))
        .andExpect(content().string(containsString("id=\"revoke-" + partnerA + "\"")))
        .andExpect(content().string(containsString("Subscriptions are managed only by")))
        .andExpect(content().string(containsString("https://support.example.cn")));

    // signed out, the invitation link leads through the sign-in page and back again
    mvc.perform(post("/admin-center/logout").with(csrf()).session(session))
        .andExpect(redirectedUrl("/admin-center/login?signedOut&lang=en"));
    String invitation = invitationPathOf(partnerB);
    MockHttpSession visitor = new MockHttpSession();
    mvc.perform(get(invitation).session(visitor)).andExpect(redirectedUrl("/admin-center/login"));
    MvcResult signIn =
        mvc.perform(
                post("/admin-center/login")
                    .with(csrf())
                    .session(visitor)
                    .param("username", customer.adminSignInName())
                    .param("password", NEW_PASSWORD))
            .andReturn();
    assertThat(signIn.getResponse().getRedirectedUrl()).contains(invitation);
    MockHttpSession admin = (MockHttpSession) signIn.getRequest().getSession(false);

    mvc.perform(get(invitation).param("lang", "en").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("asks to become your reseller partner")))
        .andExpect(content().string(containsString("manage subscriptions for you")))
        .andExpect(content().string(containsString("id=\"accept-invitation\"")));
    assertThat(customers.find(partnerB, customer.customerId())).isEmpty();

    mvc.perform(post(invitation + "/accept").with(csrf()).session(admin))
        .andExpect(redirectedUrl("/admin-center"));
    assertThat(customers.find(partnerB, customer.customerId()).orElseThrow().delegatedAdmin())
        .isTrue();
    mvc.perform(get("/admin-center").session(admin))
        .andExpect(content().string(containsString("id=\"partner-" + partnerA + "\"")))
        .andExpect(content().string(containsString("id=\"partner-" + partnerB + "\"")));

    // removing delegated admin privileges needs the confirmation, and keeps the relationship
    String revokeA = "/admin-center/partners/" + partnerA + "/revoke-delegated-admin";
    mvc.perform(post(revokeA).with(csrf()).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"revoke-unconfirmed-" + partnerA + "\"")));
    assertThat(customers.find(partnerA, customer.customerId()).orElseThrow().delegatedAdmin())
        .isTrue();
    mvc.perform(post(revokeA).with(csrf()).session(admin).param("confirmed", "true"))
        .andExpect(redirectedUrl("/admin-center"));
    assertThat(customers.find(partnerA, customer.customerId()).orElseThrow().delegatedAdmin())
        .isFalse();
    mvc.perform(get("/admin-center").session(admin))
        .andExpect(content().string(containsString("id=\"partner-" + partnerA + "\"")))
        .andExpect(content().string(not(containsString("id=\"revoke-" + partnerA + "\""))))
        .andExpect(content().string(containsString("id=\"revoke-" + partnerB + "\"")))
        .andExpect(content().string(containsString("Removed on")));

    // a partner the customer has no relationship with is not found
    mvc.perform(
            post("/admin-center/partners/" + UUID.randomUUID() + "/revoke-delegated-admin")
                .with(csrf())
                .session(admin)
                .param("confirmed", "true"))
        .andExpect(status().isNotFound());
  }

  @Test
  void forgedAndOverlongInvitationTokensAreTranslatedNotFoundPages() throws Exception {
    MockHttpSession admin = signedInWithOwnPassword();
    String valid = invitationPathOf(partnerB).substring("/admin-center/invitations/".length());
    for (String token :
        new String[] {
          "forged", "x".repeat(5000), valid + "x", valid.toUpperCase(), "邀请", "a.b", "' or '1'='1"
        }) {
      mvc.perform(
              get("/admin-center/invitations/{token}", token).param("lang", "en").session(admin))
          .andExpect(status().isNotFound())
          .andExpect(content().string(containsString("This invitation link is not valid")));
      mvc.perform(
              post("/admin-center/invitations/{token}/accept", token).with(csrf()).session(admin))
          .andExpect(status().isNotFound());
    }
    // what the firewall refuses before any page (a path parameter, an encoded percent) is a 400
    mvc.perform(get("/admin-center/invitations/a;b=c").session(admin))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/admin-center/invitations/forged").param("lang", "ru").session(admin))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Эта ссылка-приглашение недействительна")));
    assertThat(relationships.partnersOf(customer.customerId())).hasSize(1);
  }

  @Test
  void aSuspendedPartnersInvitationIsRefusedOnThePage() throws Exception {
    MockHttpSession admin = signedInWithOwnPassword();
    String invitation = invitationPathOf(partnerB);
    standing.suspend(
        partnerB, SuspensionReason.ABUSE, "Fraud report", Actor.operator(UUID.randomUUID(), "op"));

    mvc.perform(post(invitation + "/accept").param("lang", "en").with(csrf()).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"refusal\"")))
        .andExpect(content().string(containsString("cannot be accepted at the moment")))
        .andExpect(content().string(containsString("suspended by 21Vianet")));
    assertThat(customers.find(partnerB, customer.customerId())).isEmpty();
    assertThat(relationships.partnersOf(customer.customerId())).hasSize(1);
  }

  @Test
  void eachSignInPageKnowsOnlyItsOwnPeople() throws Exception {
    NewPartnerUser partnerUser = aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerA, partnerUser, SYSTEM);
    String operatorEmail = PartnerFixtures.uniqueEmail("operator");
    operators.createOperator(new NewOperator("Op", operatorEmail, PASSWORD), SYSTEM);
    signedInWithOwnPassword();

    mvc.perform(formLogin("/admin-center/login").user(partnerUser.email()).password(PASSWORD))
        .andExpect(redirectedUrl("/admin-center/login?error"));
    mvc.perform(formLogin("/admin-center/login").user(operatorEmail).password(PASSWORD))
        .andExpect(redirectedUrl("/admin-center/login?error"));
    mvc.perform(formLogin("/login").user(customer.adminSignInName()).password(NEW_PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(
            formLogin("/operator/login").user(customer.adminSignInName()).password(NEW_PASSWORD))
        .andExpect(redirectedUrl("/operator/login?error"));

    // a partner user's session does not open the admin center, nor an admin's the portal
    MockHttpSession partnerSession = PortalSessions.signIn(mvc, partnerUser.email());
    mvc.perform(get("/admin-center").session(partnerSession))
        .andExpect(redirectedUrl("/admin-center/login"));
    mvc.perform(get(invitationPathOf(partnerB)).session(partnerSession))
        .andExpect(redirectedUrl("/admin-center/login"));
    MockHttpSession admin = signIn(NEW_PASSWORD);
    mvc.perform(get("/dashboard").session(admin)).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/operator").session(admin)).andExpect(redirectedUrl("/operator/login"));
    mvc.perform(get("/admin-center").session(admin)).andExpect(status().isOk());
  }

  @Test
  void fiveWrongPasswordsPauseTheAdminsSignIn() throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(
              formLogin("/admin-center/login")
                  .user(customer.adminSignInName())
                  .password("Wrong!Passw0rd-" + i))
          .andExpect(redirectedUrl("/admin-center/login?error"));
    }
    mvc.perform(
            formLogin("/admin-center/login")
                .user(customer.adminSignInName())
                .password(customer.temporaryPassword()))
        .andExpect(redirectedUrl("/admin-center/login?error"));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action = 'customer.admin.signInPaused'"
                        + " and target_id = (select id::text from customer_admin_user"
                        + " where email = ?)")
                .param(customer.adminSignInName())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action = 'signin.failed'"
                        + " and details->>'signInName' = ?")
                .param(customer.adminSignInName())
                .query(Long.class)
                .single())
        .isEqualTo(6);
  }

  @Test
  void aDisabledAdminIsSignedOutAtOnce() throws Exception {
    MockHttpSession admin = signedInWithOwnPassword();
    mvc.perform(get("/admin-center").session(admin)).andExpect(status().isOk());
    jdbc.sql("update customer_admin_user set enabled = false where email = ?")
        .param(customer.adminSignInName())
        .update();

    mvc.perform(get("/admin-center").session(admin))
        .andExpect(redirectedUrl("/admin-center/login?ended"));
    assertThat(admin.isInvalid()).isTrue();
  }
}
