package cn.csp.portal.web.customers;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.CustomerFixtures;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.web.PortalSessions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The one way an order of the "Add customer" wizard can still fail after its lines were checked
 * against the catalog: no published price list for the day the subscriptions would start. The
 * customer exists then, and the confirmation says which subscriptions were not ordered and why.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class WizardOrderRefusedIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired TestClock clock;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired OfferCatalog catalog;
  @Autowired Subscriptions subscriptions;

  @Test
  void theCustomerIsCreatedAndTheConfirmationSaysTheSubscriptionsWereNotOrdered() throws Exception {
    // a month no price list covers
    clock.setToNoonOn(PriceListFixtures.unusedFutureMonth().atDay(10));
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser agent = aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    partners.addUser(partnerId, agent, SYSTEM);
    MockHttpSession session = PortalSessions.signIn(mvc, agent.email());
    Offer e3 =
        catalog.offers().stream()
            .filter(o -> o.name().equals("Office 365 Enterprise E3"))
            .findFirst()
            .orElseThrow();

    MockHttpServletRequestBuilder step1 = post("/customers/new").session(session).with(csrf());
    CustomerWizardSteps.accountInfo("Too Early Ltd", CustomerFixtures.uniquePrefix())
        .forEach(step1::param);
    mvc.perform(step1).andExpect(redirectedUrl("/customers/new/subscriptions"));
    mvc.perform(
            post("/customers/new/subscriptions")
                .session(session)
                .with(csrf())
                .param("quantities[" + e3.offerId() + "]", "4"))
        .andExpect(redirectedUrl("/customers/new/review"));
    MvcResult submitted =
        mvc.perform(post("/customers/new/submit").session(session).with(csrf()))
            .andExpect(redirectedUrl("/customers/new/created"))
            .andReturn();
    CreatedCustomer created = (CreatedCustomer) submitted.getFlashMap().get("created");

    String confirmation =
        mvc.perform(get("/customers/new/created").session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(confirmation)
        .contains(
            "id=\"admin-temporary-password\">" + created.temporaryPassword(),
            "id=\"subscriptions-not-ordered\"",
            "客户已创建，但无法订购以下订阅",
            "id=\"order-refusal\"",
            "Office 365 Enterprise E3：4 个许可证",
            "href=\"/customers/" + created.customerId() + "/subscriptions/new\"")
        .doesNotContain("id=\"subscriptions-ordered\"");
    assertThat(customers.find(partnerId, created.customerId())).isPresent();
    assertThat(subscriptions.subscriptionsOf(partnerId, created.customerId(), SYSTEM)).isEmpty();
  }
}
