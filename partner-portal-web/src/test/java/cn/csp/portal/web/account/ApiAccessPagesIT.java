package cn.csp.portal.web.account;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.web.PortalSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiAccess.IssuedClientSecret;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PersonalTokenValidity;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Account settings > App management and My API tokens, signed in through the real form. */
@IntegrationTest
@AutoConfigureMockMvc
class ApiAccessPagesIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired ApiAccess access;
  @Autowired PasswordEncoder passwordEncoder;

  private UUID partnerId;
  private NewPartnerUser globalAdmin;

  @BeforeEach
  void partner() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    globalAdmin = user(partnerId, AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
  }

  private NewPartnerUser user(UUID partner, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partner, user, SYSTEM);
    return user;
  }

  @Test
  void registeringShowsTheSecretOnceAndOnlyItsHashIsKept() throws Exception {
    MockHttpSession session = signIn(mvc, globalAdmin.email());
    MvcResult registered =
        mvc.perform(
                post("/account/apps")
                    .session(session)
                    .with(csrf())
                    .param("displayName", "Billing export"))
            .andExpect(redirectedUrl("/account/apps"))
            .andReturn();
    IssuedClientSecret issued = (IssuedClientSecret) registered.getFlashMap().get("issued");

    // the redirect's target shows it (the flash lives in the session until then), a reload no more
    String once = page(mvc.perform(get("/account/apps").session(session)));
    assertThat(once).contains(issued.clientSecret()).contains(issued.clientId());
    String later = page(mvc.perform(get("/account/apps").session(session)));
    assertThat(later).doesNotContain(issued.clientSecret()).contains(issued.clientId());
    String hash = access.findActiveClient(issued.clientId()).orElseThrow().secretHash();
    assertThat(passwordEncoder.matches(issued.clientSecret(), hash)).isTrue();

    // rotate: a new secret, shown once
    MvcResult rotated =
        mvc.perform(
                post("/account/apps/{id}/rotate", issued.applicationId())
                    .session(session)
                    .with(csrf()))
            .andExpect(redirectedUrl("/account/apps"))
            .andReturn();
    IssuedClientSecret second = (IssuedClientSecret) rotated.getFlashMap().get("issued");
    assertThat(second.clientSecret()).isNotEqualTo(issued.clientSecret());

    // revoke needs the confirmation
    mvc.perform(
            post("/account/apps/{id}/revoke", issued.applicationId()).session(session).with(csrf()))
        .andExpect(redirectedUrl("/account/apps"));
    assertThat(access.findActiveClient(issued.clientId())).isPresent();
    mvc.perform(
            post("/account/apps/{id}/revoke", issued.applicationId())
                .session(session)
                .with(csrf())
                .param("confirm", "true"))
        .andExpect(redirectedUrl("/account/apps"));
    assertThat(access.findActiveClient(issued.clientId())).isEmpty();
  }

  @Test
  void aBlankNameIsRefusedOnTheForm() throws Exception {
    MockHttpSession session = signIn(mvc, globalAdmin.email());
    mvc.perform(post("/account/apps").session(session).with(csrf()).param("displayName", " "))
        .andExpect(status().isOk());
    assertThat(access.applications(partnerId)).isEmpty();
  }

  @Test
  void onlyGlobalAdminsReachAppManagement() throws Exception {
    NewPartnerUser manager =
        user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.USER_MANAGEMENT_ADMIN);
    MockHttpSession session = signIn(mvc, manager.email());
    mvc.perform(get("/account/apps").session(session)).andExpect(status().isForbidden());
    mvc.perform(post("/account/apps").session(session).with(csrf()).param("displayName", "X"))
        .andExpect(status().isForbidden());
    assertThat(access.applications(partnerId)).isEmpty();
  }

  @Test
  void anotherPartnersApplicationIsNotFound() throws Exception {
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser otherAdmin = user(otherPartner, AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    Actor other =
        Actor.partnerUser(
            partners.findSignIn(otherAdmin.email()).orElseThrow().userId(), otherAdmin.email());
    IssuedClientSecret theirs = access.registerApplication(otherPartner, "Theirs", other);

    MockHttpSession session = signIn(mvc, globalAdmin.email());
    mvc.perform(
            post("/account/apps/{id}/rotate", theirs.applicationId()).session(session).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/account/apps/{id}/revoke", theirs.applicationId())
                .session(session)
                .with(csrf())
                .param("confirm", "true"))
        .andExpect(status().isNotFound());
    assertThat(access.findActiveClient(theirs.clientId())).isPresent();
  }

  @Test
  void anyUserCreatesSeesOnceAndRevokesTheirOwnTokens() throws Exception {
    NewPartnerUser sales = user(partnerId, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    MockHttpSession session = signIn(mvc, sales.email());
    MvcResult created =
        mvc.perform(
                post("/account/api-tokens")
                    .session(session)
                    .with(csrf())
                    .param("name", "Nightly sync")
                    .param("validity", PersonalTokenValidity.DAYS_30.name()))
            .andExpect(redirectedUrl("/account/api-tokens"))
            .andReturn();
    String token = (String) created.getFlashMap().get("issuedToken");
    assertThat(token).isNotBlank();
    assertThat(page(mvc.perform(get("/account/api-tokens").session(session)))).contains(token);
    assertThat(page(mvc.perform(get("/account/api-tokens").session(session))))
        .doesNotContain(token)
        .contains("Nightly sync");

    UUID userId = partners.findSignIn(sales.email()).orElseThrow().userId();
    UUID tokenId = access.personalTokens(partnerId, userId).get(0).id();
    // someone else's token is not found
    MockHttpSession admin = signIn(mvc, globalAdmin.email());
    mvc.perform(post("/account/api-tokens/{id}/revoke", tokenId).session(admin).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/account/api-tokens/{id}/revoke", tokenId).session(session).with(csrf()))
        .andExpect(redirectedUrl("/account/api-tokens"));
    assertThat(access.personalTokens(partnerId, userId).get(0).revokedAt()).isNotNull();
  }

  private static String page(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
