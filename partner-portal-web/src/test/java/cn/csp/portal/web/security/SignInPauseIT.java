package cn.csp.portal.web.security;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Five wrong passwords in a row pause an account's sign-in, even for the right password. */
@IntegrationTest
@AutoConfigureMockMvc
class SignInPauseIT {

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired JdbcClient jdbc;

  @Test
  void repeatedFailuresPauseSignInUntilTheLockRunsOut() throws Exception {
    UUID partnerId = partners.createPartner(aPartner(), Actor.system("test"));
    NewPartnerUser user = aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    partners.addUser(partnerId, user, Actor.system("test"));

    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin("/login").user(user.email()).password("Wrong!Passw0rd-" + i))
          .andExpect(redirectedUrl("/login?error"));
    }
    // the right password does not help while paused, and the page says the same as before
    mvc.perform(formLogin("/login").user(user.email()).password(PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action = 'partner.user.signInPaused'"
                        + " and target_id = ?")
                .param(partners.findSignIn(user.email()).orElseThrow().userId().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    jdbc.sql("update partner_user set locked_until = now() - interval '1 second' where email = ?")
        .param(user.email())
        .update();
    mvc.perform(formLogin("/login").user(user.email()).password(PASSWORD))
        .andExpect(redirectedUrl("/dashboard"));
  }
}
