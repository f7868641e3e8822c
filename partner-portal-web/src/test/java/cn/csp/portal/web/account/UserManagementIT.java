package cn.csp.portal.web.account;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.web.PortalSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUsers.AddedUser;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Account settings > User management through the pages (spec 2.8). */
@IntegrationTest
@AutoConfigureMockMvc
class UserManagementIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;

  private UUID partnerId;
  private String globalAdmin;

  @BeforeEach
  void partner() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    globalAdmin = user(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
  }

  private String user(AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    return user.email();
  }

  private UUID idOf(String email) {
    return partners.findSignIn(email).orElseThrow().userId();
  }

  private AddedUser add(MockHttpSession session, String email, AgentRole agent, AdminRole admin)
      throws Exception {
    MvcResult result =
        mvc.perform(
                post("/account/users")
                    .session(session)
                    .with(csrf())
                    .param("fullName", "Chen Jie")
                    .param("email", email)
                    .param("agentRole", agent.name())
                    .param("adminRole", admin.name()))
            .andExpect(redirectedUrl("/account/users/added"))
            .andReturn();
    return (AddedUser) result.getFlashMap().get("added");
  }

  @Test
  void theTemporaryPasswordIsShownOnceAndMustBeChangedAtFirstSignIn() throws Exception {
    MockHttpSession admin = signIn(mvc, globalAdmin);
    String email = PartnerFixtures.uniqueEmail("sales");
    AddedUser added = add(admin, email, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);

    mvc.perform(get("/account/users/added").session(admin))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(content().string(containsString(added.temporaryPassword())));
    mvc.perform(get("/account/users/added").session(admin))
        .andExpect(content().string(not(containsString(added.temporaryPassword()))))
        .andExpect(content().string(containsString("no-longer-shown")));

    MockHttpSession sales = signIn(mvc, email, added.temporaryPassword());
    mvc.perform(get("/dashboard").session(sales)).andExpect(redirectedUrl("/password"));
    mvc.perform(get("/customers").session(sales)).andExpect(redirectedUrl("/password"));
    mvc.perform(
            post("/password")
                .session(sales)
                .with(csrf())
                .param("currentPassword", added.temporaryPassword())
                .param("newPassword", "New!Passw0rd-2026")
                .param("passwordConfirmation", "New!Passw0rd-2026"))
        .andExpect(redirectedUrl("/dashboard"));
    mvc.perform(get("/dashboard").session(sales))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"nav-billing\""))))
        .andExpect(content().string(not(containsString("id=\"nav-pricing\""))));
  }

  @Test
  void aUserManagementAdminCannotGrantAdminRolesNorTouchAGlobalAdmin() throws Exception {
    MockHttpSession manager = signIn(mvc, user(AgentRole.NONE, AdminRole.USER_MANAGEMENT_ADMIN));
    mvc.perform(get("/account/users/new").session(manager))
        .andExpect(content().string(not(containsString("value=\"GLOBAL_ADMIN\""))));
    mvc.perform(
            post("/account/users")
                .session(manager)
                .with(csrf())
                .param("fullName", "Sneaky")
                .param("email", PartnerFixtures.uniqueEmail("sneaky"))
                .param("agentRole", "NONE")
                .param("adminRole", "GLOBAL_ADMIN"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("data-permission=\"ADMIN_ROLE_ASSIGN\"")));
    mvc.perform(
            post("/account/users/{id}/deactivate", idOf(globalAdmin)).session(manager).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(partners.findSignIn(globalAdmin).orElseThrow().enabled()).isTrue();
  }

  @Test
  void theLastGlobalAdminCannotBeDemotedAndTheRefusalIsShown() throws Exception {
    MockHttpSession admin = signIn(mvc, globalAdmin);
    mvc.perform(
            post("/account/users/{id}/roles", idOf(globalAdmin))
                .session(admin)
                .with(csrf())
                .param("agentRole", "ADMIN_AGENT")
                .param("adminRole", "NO_ADMIN"))
        .andExpect(redirectedUrl("/account/users/" + idOf(globalAdmin)))
        .andExpect(flash().attribute("errorKey", "user.lastGlobalAdmin"));
    assertThat(partners.findSignIn(globalAdmin).orElseThrow().adminRole())
        .isEqualTo(AdminRole.GLOBAL_ADMIN);
  }

  @Test
  void aDeactivatedUsersSessionEndsAndRoleChangesApplyAtOnce() throws Exception {
    MockHttpSession admin = signIn(mvc, globalAdmin);
    String agent = user(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    MockHttpSession agentSession = signIn(mvc, agent);
    mvc.perform(get("/billing").session(agentSession)).andExpect(status().isOk());

    mvc.perform(
            post("/account/users/{id}/roles", idOf(agent))
                .session(admin)
                .with(csrf())
                .param("agentRole", "SALES_AGENT")
                .param("adminRole", "NO_ADMIN"))
        .andExpect(flash().attribute("doneKey", "user.rolesChanged"));
    mvc.perform(get("/billing").session(agentSession)).andExpect(status().isForbidden());

    mvc.perform(post("/account/users/{id}/deactivate", idOf(agent)).session(admin).with(csrf()))
        .andExpect(flash().attribute("doneKey", "user.deactivated"));
    mvc.perform(get("/dashboard").session(agentSession)).andExpect(redirectedUrl("/login?ended"));
  }

  @Test
  void deletingNeedsConfirmationAndListsSearchAndPage() throws Exception {
    MockHttpSession admin = signIn(mvc, globalAdmin);
    String doomed = user(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    mvc.perform(post("/account/users/{id}/delete", idOf(doomed)).session(admin).with(csrf()))
        .andExpect(flash().attribute("errorKey", "user.delete.confirmRequired"));
    mvc.perform(
            post("/account/users/{id}/delete", idOf(doomed))
                .session(admin)
                .with(csrf())
                .param("confirm", "true"))
        .andExpect(redirectedUrl("/account/users"));
    assertThat(partners.findSignIn(doomed)).isEmpty();

    mvc.perform(get("/account/users").session(admin).param("q", globalAdmin.substring(0, 10)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(globalAdmin)));
  }

  @Test
  void badInputGetsFieldErrorsAndNothingIsSaved() throws Exception {
    MockHttpSession admin = signIn(mvc, globalAdmin);
    mvc.perform(
            post("/account/users")
                .session(admin)
                .with(csrf())
                .param("fullName", "")
                .param("email", "nope")
                .param("agentRole", "NONE")
                .param("adminRole", "NO_ADMIN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("fullName-error")))
        .andExpect(content().string(containsString("email-error")));
    mvc.perform(
            post("/account/users")
                .session(admin)
                .with(csrf())
                .param("fullName", "Duplicate")
                .param("email", globalAdmin.toUpperCase())
                .param("agentRole", "NONE")
                .param("adminRole", "NO_ADMIN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("email-error")));
    String badRole = PartnerFixtures.uniqueEmail("badrole");
    mvc.perform(
            post("/account/users")
                .session(admin)
                .with(csrf())
                .param("fullName", "Bad role")
                .param("email", badRole)
                .param("agentRole", "SUPREME")
                .param("adminRole", "NO_ADMIN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("role-error")));
    assertThat(partners.findSignIn(badRole)).isEmpty();
  }
}
