package cn.csp.portal.web.partners;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.web.PortalSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestMailServer;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Work with other partners > the two-tier request and authorization, through the pages. */
@IntegrationTest
@AutoConfigureMockMvc
class IndirectPartnershipsPagesIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final Pattern AUTHORIZE_LINK =
      Pattern.compile("(/partners/providers/authorize/[A-Za-z0-9_-]+)");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;

  private Member provider;
  private Member reseller;

  /** A partner and the sign-in name of its global admin. */
  private record Member(UUID partnerId, String mpnId, String companyName, String globalAdmin) {}

  @BeforeEach
  void providerAndReseller() {
    provider = aMember();
    reseller = aMember();
  }

  private Member aMember() {
    NewPartner partner = aPartner();
    UUID partnerId = partners.createPartner(partner, SYSTEM);
    return new Member(
        partnerId,
        partner.mpnId(),
        partner.profiles().organization().companyName(),
        user(partnerId, AgentRole.NONE, AdminRole.GLOBAL_ADMIN));
  }

  private String user(UUID partnerId, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    return user.email();
  }

  private String requestAndReadTheMailedLink(MockHttpSession providerSession) throws Exception {
    mvc.perform(
            post("/partners/resellers")
                .session(providerSession)
                .with(csrf())
                .param("mpnId", reseller.mpnId()))
        .andExpect(redirectedUrl("/partners"))
        .andExpect(flash().attribute("requestedMpnId", reseller.mpnId()));
    String mail =
        TestMailServer.decoded(TestMailServer.get().awaitMessage(reseller.globalAdmin(), 1));
    Matcher link = AUTHORIZE_LINK.matcher(mail);
    assertThat(link.find()).as(mail).isTrue();
    return link.group(1);
  }

  @Test
  void theResellerAuthorizesFromTheMailedLinkAndEachSeesTheOther() throws Exception {
    MockHttpSession providerSession = signIn(mvc, provider.globalAdmin());
    String link = requestAndReadTheMailedLink(providerSession);
    mvc.perform(get("/partners").session(providerSession))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-mpn-id=\"" + reseller.mpnId() + "\"")));

    MockHttpSession resellerSession = signIn(mvc, reseller.globalAdmin());
    mvc.perform(get(link).session(resellerSession))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(provider.companyName())))
        .andExpect(content().string(containsString("id=\"authorize-form\"")));
    // the box must be ticked
    mvc.perform(post(link).session(resellerSession).with(csrf()))
        .andExpect(redirectedUrl(link))
        .andExpect(flash().attribute("errorKey", "partners.authorize.confirmRequired"));
    mvc.perform(post(link).session(resellerSession).with(csrf()).param("confirm", "true"))
        .andExpect(redirectedUrl("/partners"))
        .andExpect(flash().attribute("doneKey", "partners.authorize.done"));

    String resellerPage =
        mvc.perform(get("/partners").session(resellerSession))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(resellerPage)
        .contains(
            "id=\"indirect-providers\"",
            "data-mpn-id=\"" + provider.mpnId() + "\" data-status=\"AUTHORIZED\"");
    String providerPage =
        mvc.perform(get("/partners").session(providerSession))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(providerPage.substring(providerPage.indexOf("id=\"indirect-resellers\"")))
        .contains("data-mpn-id=\"" + reseller.mpnId() + "\" data-status=\"AUTHORIZED\"");
    mvc.perform(get(link).session(resellerSession))
        .andExpect(content().string(containsString("id=\"already-authorized\"")));
    mvc.perform(post(link).session(resellerSession).with(csrf()).param("confirm", "true"))
        .andExpect(redirectedUrl(link))
        .andExpect(flash().attribute("errorKey", "partners.authorize.alreadyAuthorized"));
  }

  @Test
  void anotherPartnerGets404OnTheLink() throws Exception {
    String link = requestAndReadTheMailedLink(signIn(mvc, provider.globalAdmin()));
    MockHttpSession stranger = signIn(mvc, aMember().globalAdmin());

    mvc.perform(get(link).session(stranger)).andExpect(status().isNotFound());
    mvc.perform(post(link).session(stranger).with(csrf()).param("confirm", "true"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/partners").session(signIn(mvc, reseller.globalAdmin())))
        .andExpect(
            content()
                .string(
                    containsString(
                        "data-mpn-id=\"" + provider.mpnId() + "\" data-status=\"REQUESTED\"")));
  }

  @Test
  void aHelpDeskAgentMayNotWorkWithOtherPartners() throws Exception {
    MockHttpSession helpdesk =
        signIn(mvc, user(provider.partnerId(), AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN));
    mvc.perform(get("/partners").session(helpdesk)).andExpect(status().isForbidden());
    mvc.perform(
            post("/partners/resellers")
                .session(helpdesk)
                .with(csrf())
                .param("mpnId", reseller.mpnId()))
        .andExpect(status().isForbidden());
    assertThat(TestMailServer.get().messagesTo(reseller.globalAdmin())).isEmpty();
  }

  @Test
  void aBadOrUnknownMpnIdIsShownAtTheField() throws Exception {
    MockHttpSession session = signIn(mvc, provider.globalAdmin());
    mvc.perform(post("/partners/resellers").session(session).with(csrf()).param("mpnId", "12ab"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrorCode("requestForm", "mpnId", "Pattern"))
        .andExpect(content().string(containsString("id=\"mpnId-error\"")));
    mvc.perform(
            post("/partners/resellers")
                .session(session)
                .with(csrf())
                .param("mpnId", provider.mpnId())
                .param("lang", "en"))
        .andExpect(
            model().attributeHasFieldErrorCode("requestForm", "mpnId", "partners.request.self"))
        .andExpect(content().string(containsString("your own company")));
  }
}
