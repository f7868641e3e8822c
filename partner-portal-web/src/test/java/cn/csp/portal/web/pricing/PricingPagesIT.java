package cn.csp.portal.web.pricing;

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
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.CatalogPins;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceList;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Pricing and offers (spec 2.4) and Account settings > Catalog (spec 2.10), over HTTP. */
@IntegrationTest
@AutoConfigureMockMvc
class PricingPagesIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;
  @Autowired CatalogPins pins;

  private UUID partnerId;
  private YearMonth thisMonth;

  @BeforeEach
  void partnerAndPublishedLists() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    thisMonth = YearMonth.from(today);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, today);
  }

  /** Signed in, with English pages so assertions read like the page. */
  private MockHttpSession session(AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    MockHttpSession session = signIn(mvc, user.email());
    mvc.perform(get("/dashboard").param("lang", "en").session(session)).andExpect(status().isOk());
    return session;
  }

  private Document page(String path, MockHttpSession session) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Offer named(String name) {
    return catalog.offers().stream()
        .filter(offer -> offer.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void adminsAndAdminAgentsSeeTheCatalogWithThisAndNextMonthsPrices() throws Exception {
    PriceList current = priceLists.publishedOn(thisMonth.atDay(1)).orElseThrow();
    PriceList next = priceLists.publishedOn(thisMonth.plusMonths(1).atDay(1)).orElseThrow();
    Offer e3 = named("Office 365 Enterprise E3");
    String currentE3 =
        priceLists.unitPriceOn(e3.durableOfferId(), thisMonth.atDay(1)).toPlainString();
    String nextE3 =
        priceLists.unitPriceOn(e3.durableOfferId(), next.effectiveFrom()).toPlainString();

    for (MockHttpSession session :
        List.of(
            session(AgentRole.NONE, AdminRole.GLOBAL_ADMIN),
            session(AgentRole.NONE, AdminRole.BILLING_ADMIN),
            session(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN))) {
      Document page = page("/pricing", session);

      assertThat(page.select("h2[id^=segment-]").eachText())
          .containsExactly("Enterprise", "Small business", "Government");
      assertThat(page.select("tr[id^=offer-]")).hasSize(catalog.offers().size());
      assertThat(page.select("#offer-" + e3.offerId() + " .current-price").text())
          .isEqualTo(currentE3);
      assertThat(page.select("#offer-" + e3.offerId() + " .next-price").text()).isEqualTo(nextE3);
      assertThat(page.select("#offer-" + named("Exchange Online Archiving").offerId()).text())
          .contains("Add-on, bought with: Exchange Online (Plan 1), Office 365 Enterprise E1");
      assertThat(page.select("#download-current").attr("href"))
          .isEqualTo("/pricing/price-lists/" + current.month() + ".csv");
      assertThat(page.select("#download-next").attr("href"))
          .isEqualTo("/pricing/price-lists/" + next.month() + ".csv");
      assertThat(page.select("#current-list").text())
          .contains("Effective from " + thisMonth.atDay(1));
      // the tests run without demo data: no demo note
      assertThat(page.select("#demo-prices")).isEmpty();
    }
  }

  @Test
  void salesAndHelpdeskAgentsGetNeitherThePageNorTheCsv() throws Exception {
    for (AgentRole agent : List.of(AgentRole.SALES_AGENT, AgentRole.HELPDESK_AGENT)) {
      MockHttpSession session = session(agent, AdminRole.NO_ADMIN);

      mvc.perform(get("/pricing").session(session)).andExpect(status().isForbidden());
      MockHttpServletResponse csv =
          mvc.perform(get("/pricing/price-lists/" + thisMonth + ".csv").session(session))
              .andExpect(status().isForbidden())
              .andReturn()
              .getResponse();
      assertThat(csv.getContentAsString()).doesNotContain("DurableOfferId");
      assertThat(csv.getHeader("Content-Disposition")).isNull();
    }
  }

  @Test
  void theCsvIsAnAttachmentExcelReadsAsUtf8() throws Exception {
    MockHttpSession session = session(AgentRole.NONE, AdminRole.BILLING_ADMIN);

    MockHttpServletResponse response =
        mvc.perform(get("/pricing/price-lists/" + thisMonth + ".csv").session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();

    assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(response.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"price-list-" + thisMonth + ".csv\"");
    byte[] body = response.getContentAsByteArray();
    assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(catalog.offers().size() + 1);
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo("\uFEFFDurableOfferId,OfferName,BillingType,UnitPrice");
    Offer e3 = named("Office 365 Enterprise E3");
    assertThat(text)
        .contains(
            e3.durableOfferId()
                + ",Office 365 Enterprise E3,LICENSE,"
                + priceLists.unitPriceOn(e3.durableOfferId(), thisMonth.atDay(1)).toPlainString()
                + "\r\n");

    // months without a published list, and things that are no month, are not found
    mvc.perform(get("/pricing/price-lists/1999-01.csv").session(session))
        .andExpect(status().isNotFound());
    mvc.perform(get("/pricing/price-lists/next-month.csv").session(session))
        .andExpect(status().isNotFound());
  }

  /** Posts a pin or unpin form and follows the redirect, as the browser does. */
  private Document postAndFollow(String action, String offerId, MockHttpSession session)
      throws Exception {
    mvc.perform(post(action).param("offerId", offerId).session(session).with(csrf()))
        .andExpect(redirectedUrl("/account/catalog"));
    return page("/account/catalog", session);
  }

  @Test
  void theGlobalAdminPinsUpToFiveOffersAndIsToldClearlyAboutTheSixth() throws Exception {
    MockHttpSession admin = session(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    assertThat(page("/account", admin).select("#link-catalog").attr("href"))
        .isEqualTo("/account/catalog");
    List<Offer> base = catalog.offers().stream().filter(offer -> !offer.addOn()).toList();

    Document afterFifth = null;
    for (Offer offer : base.subList(0, 5)) {
      afterFifth = postAndFollow("/account/catalog/pin", offer.offerId(), admin);
      assertThat(afterFifth.select("#done").text()).isEqualTo("Pinned \"" + offer.name() + "\".");
    }
    assertThat(afterFifth.select("#pinned-offers li span").eachText())
        .containsExactlyElementsOf(base.subList(0, 5).stream().map(Offer::name).toList());
    assertThat(afterFifth.select("#offer-" + base.get(0).offerId()).text()).contains("No. 1");

    Document refused = postAndFollow("/account/catalog/pin", base.get(5).offerId(), admin);
    assertThat(refused.select("#refused").text())
        .isEqualTo("You can pin at most 5 offers. Unpin one before pinning another.");
    assertThat(refused.select("#done")).isEmpty();
    assertThat(pins.pinnedOfferIds(partnerId)).hasSize(5);

    // unpinning makes room; the pinned offers come first when choosing an offer
    postAndFollow("/account/catalog/unpin", base.get(0).offerId(), admin);
    postAndFollow("/account/catalog/pin", base.get(5).offerId(), admin);
    assertThat(catalog.offersFor(partnerId).subList(0, 5))
        .containsExactly(base.get(1), base.get(2), base.get(3), base.get(4), base.get(5));
  }

  @Test
  void anAddOnCannotBePinnedAndOthersMayNotCustomize() throws Exception {
    MockHttpSession admin = session(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    Offer addOn = named("Project Online Essentials");

    var result =
        mvc.perform(
                post("/account/catalog/pin")
                    .param("offerId", addOn.offerId())
                    .session(admin)
                    .with(csrf()))
            .andExpect(redirectedUrl("/account/catalog"))
            .andReturn();
    assertThat(result.getFlashMap().get("errorKey")).isEqualTo("catalog.pins.addOn");
    mvc.perform(
            post("/account/catalog/pin")
                .param("offerId", "NO-SUCH-OFFER")
                .session(admin)
                .with(csrf()))
        .andExpect(status().isNotFound());

    MockHttpSession billingAdmin = session(AgentRole.ADMIN_AGENT, AdminRole.BILLING_ADMIN);
    mvc.perform(get("/account/catalog").session(billingAdmin)).andExpect(status().isForbidden());
    mvc.perform(
            post("/account/catalog/pin")
                .param("offerId", named("Power BI Pro").offerId())
                .session(billingAdmin)
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(page("/account", billingAdmin).select("#link-catalog")).isEmpty();
    assertThat(pins.pinnedOfferIds(partnerId)).isEmpty();
  }
}
