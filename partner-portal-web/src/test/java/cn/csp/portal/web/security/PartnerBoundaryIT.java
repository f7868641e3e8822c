package cn.csp.portal.web.security;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.testsupport.CustomerFixtures;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A global admin of partner B changes ids in URLs and forms to reach partner A's records: every
 * attempt answers 404 (A's records do not exist for B) and nothing of A changes.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PartnerBoundaryIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;

  private String victimEmail;
  private UUID victimId;
  private MockHttpSession intruder;

  @BeforeEach
  void twoPartners() throws Exception {
    UUID partnerA = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser victim = aUser(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    victimId = partners.addUser(partnerA, victim, SYSTEM);
    victimEmail = victim.email();

    UUID partnerB = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser adminB = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerB, adminB, SYSTEM);
    intruder = signIn(mvc, adminB.email());
  }

  @Test
  void anotherPartnersUserCannotBeSeenOrChanged() throws Exception {
    mvc.perform(get("/account/users/{id}", victimId).session(intruder))
        .andExpect(status().isNotFound());
    mvc.perform(get("/account/users").session(intruder).param("q", victimEmail))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("data-email=\"" + victimEmail))));
    for (String action : new String[] {"deactivate", "reactivate"}) {
      mvc.perform(post("/account/users/{id}/" + action, victimId).session(intruder).with(csrf()))
          .andExpect(status().isNotFound());
    }
    mvc.perform(
            post("/account/users/{id}/roles", victimId)
                .session(intruder)
                .with(csrf())
                .param("agentRole", "NONE")
                .param("adminRole", "GLOBAL_ADMIN"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/account/users/{id}/delete", victimId)
                .session(intruder)
                .with(csrf())
                .param("confirm", "true"))
        .andExpect(status().isNotFound());

    PartnerUserSignIn unchanged = partners.findSignIn(victimEmail).orElseThrow();
    assertThat(unchanged.enabled()).isTrue();
    assertThat(unchanged.agentRole()).isEqualTo(AgentRole.ADMIN_AGENT);
    assertThat(unchanged.adminRole()).isEqualTo(AdminRole.NO_ADMIN);
  }

  @Test
  void anotherPartnersCustomerCannotBeSeenOrChanged() throws Exception {
    UUID partnerA = partners.findSignIn(victimEmail).orElseThrow().partnerId();
    String prefix = CustomerFixtures.uniquePrefix();
    UUID customerId =
        customers
            .createCustomer(
                partnerA, CustomerFixtures.aCustomer("Victim Customer Ltd", prefix), SYSTEM)
            .customerId();
    CustomerAccount before = customers.find(partnerA, customerId).orElseThrow();

    for (String query : new String[] {"Victim Customer", prefix, ""}) {
      mvc.perform(get("/customers").session(intruder).param("q", query))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString(customerId.toString()))));
    }
    for (String path : new String[] {"", "/subscriptions", "/company", "/billing"}) {
      mvc.perform(get("/customers/{id}" + path, customerId).session(intruder))
          .andExpect(status().isNotFound());
    }
    mvc.perform(
            post("/customers/{id}/company", customerId)
                .session(intruder)
                .with(csrf())
                .param("companyName", "Hijacked Ltd")
                .param("primaryContact.firstName", "Evil")
                .param("primaryContact.lastName", "Intruder")
                .param("primaryContact.email", "evil@example.cn"))
        .andExpect(status().isNotFound());
    CustomerBillingProfile hijacked =
        CustomerFixtures.aBillingProfile("Hijacked Ltd", CustomerFixtures.uniquePrefix());
    mvc.perform(
            post("/customers/{id}/billing", customerId)
                .session(intruder)
                .with(csrf())
                .param("companyName", hijacked.companyName())
                .param("firstName", hijacked.firstName())
                .param("lastName", hijacked.lastName())
                .param("email", hijacked.email())
                .param("address.addressLine1", hijacked.address().addressLine1())
                .param("address.city", hijacked.address().city())
                .param("address.postalCode", hijacked.address().postalCode())
                .param("address.country", hijacked.address().country())
                .param("culture", hijacked.culture())
                .param("language", hijacked.language()))
        .andExpect(status().isNotFound());

    assertThat(customers.find(partnerA, customerId).orElseThrow()).isEqualTo(before);
  }

  @Test
  void aPartnerIdInTheRequestIsIgnored() throws Exception {
    // the partner always comes from the session; a smuggled parameter changes nothing
    mvc.perform(
            get("/account/users")
                .session(intruder)
                .param(
                    "partnerId",
                    partners.findSignIn(victimEmail).orElseThrow().partnerId().toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("data-email=\"" + victimEmail))));
  }
}
