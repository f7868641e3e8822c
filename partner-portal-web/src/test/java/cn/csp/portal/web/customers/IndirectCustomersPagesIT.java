package cn.csp.portal.web.customers;

import static cn.csp.portal.testsupport.CustomerFixtures.uniquePrefix;
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
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two-tier through the pages (spec 2.27): an indirect provider adds a customer for its reseller
 * with the wizard and filters its list by that reseller; the reseller is sent to its provider's
 * invitation link.
 */
@IntegrationTest
@AutoConfigureMockMvc
class IndirectCustomersPagesIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired IndirectPartnerships partnerships;

  @Test
  void aProviderAddsACustomerForItsResellerAndTheResellerHasNoLinkOfItsOwn() throws Exception {
    UUID provider = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser providerAgent = aUser(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    UUID providerAgentId = partners.addUser(provider, providerAgent, SYSTEM);
    NewPartner resellerPartner = aPartner();
    UUID reseller = partners.createPartner(resellerPartner, SYSTEM);
    NewPartnerUser resellerAgent = aUser(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    UUID resellerAgentId = partners.addUser(reseller, resellerAgent, SYSTEM);
    String token =
        partnerships.requestPartnership(
            provider,
            resellerPartner.mpnId(),
            Actor.partnerUser(providerAgentId, providerAgent.email()));
    // signed in before the reseller authorizes: the provider flag reaches the session's account
    MockHttpSession session = signIn(mvc, providerAgent.email());
    assertThat(html(get("/customers"), session)).doesNotContain("id=\"customer-reseller\"");
    partnerships.authorize(
        token, reseller, Actor.partnerUser(resellerAgentId, resellerAgent.email()));

    assertThat(html(get("/customers"), session)).contains("id=\"customer-reseller\"");
    assertThat(html(get("/customers/new"), session)).contains("id=\"resellerPartnerId\"");
    String prefix = uniquePrefix();
    MockHttpServletRequestBuilder step1 = post("/customers/new").session(session).with(csrf());
    step1
        .param("resellerPartnerId", reseller.toString())
        .param("companyName", "Adatum " + prefix)
        .param("domainPrefix", prefix)
        .param("primaryContact.firstName", "Min")
        .param("primaryContact.lastName", "Zhou")
        .param("primaryContact.email", "it@" + prefix + ".example.cn")
        .param("billing.companyName", "Adatum")
        .param("billing.firstName", "Min")
        .param("billing.lastName", "Zhou")
        .param("billing.email", "billing@" + prefix + ".example.cn")
        .param("billing.address.addressLine1", "1 Nanjing Road")
        .param("billing.address.city", "Shanghai")
        .param("billing.address.postalCode", "200001")
        .param("billing.address.country", "CN")
        .param("billing.culture", "zh-CN")
        .param("billing.language", "zh");
    mvc.perform(step1).andExpect(redirectedUrl("/customers/new/subscriptions"));
    mvc.perform(post("/customers/new/subscriptions").session(session).with(csrf()))
        .andExpect(redirectedUrl("/customers/new/review"));
    mvc.perform(post("/customers/new/submit").session(session).with(csrf()))
        .andExpect(redirectedUrl("/customers/new/created"));

    String filtered = html(get("/customers").param("reseller", reseller.toString()), session);
    assertThat(filtered).contains("Adatum " + prefix);
    String other = html(get("/customers").param("reseller", UUID.randomUUID().toString()), session);
    assertThat(other).doesNotContain("Adatum " + prefix);

    // the reseller sends its provider's invitation link, marked with its own MPN ID
    MockHttpSession resellerSession = signIn(mvc, resellerAgent.email());
    assertThat(html(get("/customers"), resellerSession)).doesNotContain("id=\"customer-reseller\"");
    assertThat(html(get("/customers/relationship-request"), resellerSession))
        .contains("provider-invitation-link", "?reseller=" + resellerPartner.mpnId());
  }

  private String html(MockHttpServletRequestBuilder request, MockHttpSession session)
      throws Exception {
    return mvc.perform(request.session(session))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
