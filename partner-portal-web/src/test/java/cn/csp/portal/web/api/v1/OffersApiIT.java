package cn.csp.portal.web.api.v1;

import static cn.csp.portal.web.api.v1.CommerceFixtures.E3;
import static cn.csp.portal.web.api.v1.CommerceFixtures.badRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.subscription.CatalogPins;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.api.v1.CommerceFixtures.Partner;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The catalog through {@code /v1} (contract 8): offers and offer categories for CN with the offer
 * shape of 8.2, paging by offset and size, a customer's offers, and who may read them.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OffersApiIT {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired OfferCatalog catalog;
  @Autowired CatalogPins pins;

  private CommerceFixtures fixtures;
  private Partner partner;
  private RequestPostProcessor adminAgent;

  @BeforeEach
  void aPartnerWithACustomer() {
    fixtures = new CommerceFixtures(context);
    partner = fixtures.partnerWithACustomer();
    adminAgent = fixtures.user(partner, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
  }

  @Test
  void anOfferHasTheShapeAndEnumValuesTheSdkParses() throws Exception {
    Offer e3 = fixtures.offer(E3);
    mvc.perform(
            get("/v1/offers/" + e3.offerId())
                .param("country", "CN")
                .header("X-Locale", "en-US")
                .with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(e3.offerId()))
        .andExpect(jsonPath("$.name").value(E3))
        .andExpect(jsonPath("$.description").value(e3.description()))
        .andExpect(jsonPath("$.minimumQuantity").value(1))
        .andExpect(jsonPath("$.maximumQuantity").value(10000))
        .andExpect(jsonPath("$.rank").value(catalog.offers().indexOf(e3) + 1))
        .andExpect(jsonPath("$.uri").value("offers/" + e3.offerId() + "?country=CN"))
        .andExpect(jsonPath("$.locale").value("en"))
        .andExpect(jsonPath("$.country").value("CN"))
        .andExpect(jsonPath("$.category.id").value("Enterprise"))
        .andExpect(jsonPath("$.category.name").value("Enterprise"))
        .andExpect(jsonPath("$.category.rank").value(1))
        .andExpect(jsonPath("$.category.attributes.objectType").value("OfferCategory"))
        .andExpect(jsonPath("$.prerequisiteOffers").isEmpty())
        .andExpect(jsonPath("$.isAddOn").value(false))
        .andExpect(jsonPath("$.isAvailableForPurchase").value(true))
        .andExpect(jsonPath("$.billing").value("license"))
        .andExpect(jsonPath("$.isAutoRenewable").value(true))
        .andExpect(jsonPath("$.product.id").value(e3.durableOfferId()))
        .andExpect(jsonPath("$.product.name").value(E3))
        .andExpect(jsonPath("$.product.unit").value("Licenses"))
        .andExpect(jsonPath("$.unitType").value("Licenses"))
        .andExpect(jsonPath("$.supportedBillingCycles[0]").value("monthly"))
        .andExpect(jsonPath("$.supportedBillingCycles.length()").value(1))
        .andExpect(jsonPath("$.links.self.uri").value("offers/" + e3.offerId() + "?country=CN"))
        .andExpect(jsonPath("$.attributes.objectType").value("Offer"));

    // ids are matched in any case; usage offers and add-ons say what they are
    Offer azure = fixtures.offer("Microsoft Azure operated by 21Vianet");
    mvc.perform(
            get("/v1/offers/" + azure.offerId().toLowerCase())
                .param("country", "cn")
                .with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.billing").value("usage"))
        .andExpect(jsonPath("$.isAutoRenewable").value(false))
        .andExpect(jsonPath("$.locale").value("zh-CN"))
        .andExpect(jsonPath("$.category.name").value("企业"));
    Offer archiving = fixtures.offer("Exchange Online Archiving");
    mvc.perform(get("/v1/offers/" + archiving.offerId()).param("country", "CN").with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.isAddOn").value(true))
        .andExpect(jsonPath("$.prerequisiteOffers").value(hasItem(e3.offerId())));
  }

  @Test
  void theOffersOfCnPageByOffsetAndSizeAndEveryOfferComesOnce() throws Exception {
    mvc.perform(get("/v1/offers").param("country", "CN").with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(catalog.offers().size()))
        .andExpect(jsonPath("$.items.length()").value(catalog.offers().size()))
        .andExpect(jsonPath("$.attributes.objectType").value("Collection"))
        .andExpect(jsonPath("$.links.next").doesNotExist());

    List<String> seen = new ArrayList<>();
    String uri = "offers?country=CN&offset=0&size=3";
    while (uri != null) {
      String page =
          mvc.perform(get("/v1/" + uri).with(adminAgent))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.totalCount").value(catalog.offers().size()))
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<String> ids = JsonPath.read(page, "$.items[*].id");
      assertThat(ids).hasSizeLessThanOrEqualTo(3).isNotEmpty();
      seen.addAll(ids);
      Map<String, Map<String, Object>> links = JsonPath.read(page, "$.links");
      uri = links.containsKey("next") ? (String) links.get("next").get("uri") : null;
    }
    assertThat(seen)
        .containsExactlyElementsOf(catalog.offers().stream().map(Offer::offerId).toList());

    mvc.perform(get("/v1/offers").param("country", "CN").param("offset", "1000").with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isEmpty());
  }

  @Test
  void offerCategoriesAreTheSegmentsThatHaveOffers() throws Exception {
    mvc.perform(
            get("/v1/offercategories")
                .param("country", "CN")
                .header("X-Locale", "ru-RU")
                .with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value("Enterprise"))
        .andExpect(jsonPath("$.items[0].locale").value("ru"))
        .andExpect(jsonPath("$.items[0].country").value("CN"))
        .andExpect(jsonPath("$.items[*].id").value(hasItem("Government")))
        .andExpect(jsonPath("$.items[*].attributes.objectType").value(hasItem("OfferCategory")))
        .andExpect(jsonPath("$.links.self.uri").value("offercategories?country=CN"));
  }

  @Test
  void aCustomersOffersAreTheBaseOffersWithThePartnersPinnedOnesFirst() throws Exception {
    Offer powerBi = fixtures.offer("Power BI Pro");
    pins.pin(partner.partnerId(), powerBi.offerId(), CommerceFixtures.SYSTEM);
    RequestPostProcessor salesAgent =
        fixtures.user(partner, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);

    mvc.perform(get(partner.customerPath() + "/offers").with(salesAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(catalog.offersFor(partner.partnerId()).size()))
        .andExpect(jsonPath("$.items[0].id").value(powerBi.offerId()))
        .andExpect(jsonPath("$.items[0].rank").value(1))
        .andExpect(jsonPath("$.items[*].isAddOn").value(not(hasItem(true))))
        .andExpect(
            jsonPath("$.links.self.uri").value("customers/" + partner.customerId() + "/offers"));

    Partner other = fixtures.partnerWithACustomer();
    mvc.perform(get(other.customerPath() + "/offers").with(salesAgent))
        .andExpect(status().isNotFound());
  }

  @Test
  void whoMayReadTheCatalogIsWhoSeesItInThePortal() throws Exception {
    RequestPostProcessor salesAgent =
        fixtures.user(partner, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    RequestPostProcessor helpDesk =
        fixtures.user(partner, AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    RequestPostProcessor billingAdmin =
        fixtures.user(partner, AgentRole.NONE, AdminRole.BILLING_ADMIN);

    // Pricing and offers: not for sales or help desk agents
    mvc.perform(get("/v1/offers").param("country", "CN").with(salesAgent))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.data[0]").value("pricing:view"));
    mvc.perform(get("/v1/offercategories").param("country", "CN").with(helpDesk))
        .andExpect(status().isForbidden());
    mvc.perform(get("/v1/offers").param("country", "CN").with(billingAdmin))
        .andExpect(status().isOk());
    // what "Add subscription" offers: for those who order
    mvc.perform(get(partner.customerPath() + "/offers").with(helpDesk))
        .andExpect(status().isForbidden());
    mvc.perform(get(partner.customerPath() + "/offers").with(billingAdmin))
        .andExpect(status().isForbidden());
  }

  @Test
  void otherCountriesAndBadParametersAre400AndUnknownOffers404() throws Exception {
    mvc.perform(get("/v1/offers").param("country", "US").with(adminAgent))
        .andExpect(badRequest())
        .andExpect(jsonPath("$.data[0]").value("country"));
    mvc.perform(get("/v1/offercategories").param("country", "DE").with(adminAgent))
        .andExpect(badRequest());
    mvc.perform(get("/v1/offers").with(adminAgent)).andExpect(badRequest());
    mvc.perform(get("/v1/offers").param("country", "CN").param("size", "-1").with(adminAgent))
        .andExpect(badRequest());
    mvc.perform(get("/v1/offers").param("country", "CN").param("size", "abc").with(adminAgent))
        .andExpect(badRequest());
    mvc.perform(get("/v1/offers").param("country", "CN").param("offset", "-5").with(adminAgent))
        .andExpect(badRequest());
    mvc.perform(get("/v1/offers/NO-SUCH-OFFER").param("country", "CN").with(adminAgent))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/v1/offers/" + fixtures.offer(E3).offerId())
                .param("country", "US")
                .with(adminAgent))
        .andExpect(badRequest());
  }
}
