package cn.csp.portal.web.operator;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceList;
import cn.csp.portal.subscription.PriceListItem;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The operator console's price lists (spec 2.4): upload, correct, publish, on a moved clock. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class OperatorPriceListsIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final String HEADER = "DurableOfferId,OfferName,BillingType,UnitPrice\r\n";

  @Autowired MockMvc mvc;
  @Autowired OperatorAccounts operators;
  @Autowired PriceLists priceLists;
  @Autowired OfferCatalog catalog;
  @Autowired TestClock clock;

  private MockHttpSession operator;
  private YearMonth month;

  @BeforeEach
  void signInAsOperatorWellBeforeAFreeMonth() throws Exception {
    month = PriceListFixtures.unusedFutureMonth();
    clock.setToNoonOn(month.atDay(1).minusDays(45));
    String email = uniqueEmail("operator");
    operators.createOperator(new NewOperator("Li Operator", email, PASSWORD), SYSTEM);
    operator =
        (MockHttpSession)
            mvc.perform(formLogin("/operator/login").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/operator"))
                .andReturn()
                .getRequest()
                .getSession(false);
    mvc.perform(get("/operator").param("lang", "en").session(operator)).andExpect(status().isOk());
  }

  private static String csv(List<PriceListItem> items) {
    StringBuilder csv = new StringBuilder("\uFEFF" + HEADER);
    items.forEach(
        item ->
            csv.append(item.durableOfferId())
                .append(",\"")
                .append(item.offerName())
                .append("\",")
                .append(item.billingType())
                .append(',')
                .append(item.unitPrice().toPlainString())
                .append("\r\n"));
    return csv.toString();
  }

  private MvcResult upload(YearMonth month, String csv) throws Exception {
    return mvc.perform(
            multipart("/operator/price-lists")
                .file(
                    new MockMultipartFile(
                        "file", "prices.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("month", month.toString())
                .session(operator)
                .with(csrf()))
        .andReturn();
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).session(operator))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** Follows a redirect in the session, which holds its flash attributes, as a browser would. */
  private Document follow(MvcResult redirect) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(redirect.getResponse().getRedirectedUrl()).session(operator))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Optional<PriceList> listOf(YearMonth month) {
    return priceLists.allLists(SYSTEM).stream().filter(l -> l.month().equals(month)).findFirst();
  }

  private Offer named(String name) {
    return catalog.offers().stream()
        .filter(offer -> offer.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anUploadWithABadRowNamesTheRowAndSavesNothing() throws Exception {
    List<PriceListItem> items = PriceListFixtures.itemsFor(catalog, month);
    String bad =
        csv(items.subList(0, 1))
            + "NOT-AN-OFFER,Nothing,LICENSE,1\r\n"
            + csv(items).substring(1 + HEADER.length());

    MvcResult result = upload(month, bad);

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select("#file-error").text())
        .isEqualTo("Row 3: the catalog has no offer with the durable offer ID NOT-AN-OFFER.");
    assertThat(page.select("#month").val()).isEqualTo(month.toString());
    assertThat(listOf(month)).isEmpty();

    MvcResult noFile =
        mvc.perform(
                multipart("/operator/price-lists")
                    .param("month", "")
                    .session(operator)
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn();
    Document empty = Jsoup.parse(noFile.getResponse().getContentAsString());
    assertThat(empty.select("#month-error").text()).isEqualTo("Choose a month.");
    assertThat(empty.select("#file-error").text()).isEqualTo("Choose the CSV file to upload.");
  }

  @Test
  void anOperatorUploadsCorrectsAndPublishesADraft() throws Exception {
    List<PriceListItem> items = PriceListFixtures.itemsFor(catalog, month);
    Offer e1 = named("Office 365 Enterprise E1");
    // everything but E1, which the operator then prices by hand
    String withoutE1 =
        csv(
            items.stream()
                .filter(item -> !item.durableOfferId().equals(e1.durableOfferId()))
                .toList());

    MvcResult uploaded = upload(month, withoutE1);
    assertThat(uploaded.getResponse().getRedirectedUrl())
        .isEqualTo("/operator/price-lists/" + month);
    Document draft = follow(uploaded);
    assertThat(draft.select("#flash").text()).isEqualTo("The draft price list is saved.");
    assertThat(draft.select("#price-list-status").text()).isEqualTo("Draft");
    assertThat(draft.select("#deadline").text()).isEqualTo(month.atDay(1).minusDays(30).toString());
    assertThat(draft.select("#missing-prices").text()).startsWith("Offers without a price: 1.");
    assertThat(page("/operator/price-lists").select("#list-" + month).text())
        .contains(month.toString(), "Draft", (items.size() - 1) + " of " + items.size());

    // publishing with a price missing is refused, with the offer named
    MvcResult refused =
        mvc.perform(post("/operator/price-lists/{m}/publish", month).session(operator).with(csrf()))
            .andExpect(redirectedUrl("/operator/price-lists/" + month))
            .andReturn();
    assertThat(follow(refused).select("#refused").text())
        .isEqualTo(
            "These offers have no price in the list, so it cannot be published: Office 365 Enterprise E1.");

    MvcResult badPrice =
        mvc.perform(
                post("/operator/price-lists/{m}/prices", month)
                    .param("durableOfferId", e1.durableOfferId())
                    .param("unitPrice", "6O")
                    .session(operator)
                    .with(csrf()))
            .andReturn();
    assertThat(follow(badPrice).select("#refused").text())
        .isEqualTo(
            "Office 365 Enterprise E1: The price must be a number of at least 0, with at most 4 decimals.");
    mvc.perform(
            post("/operator/price-lists/{m}/prices", month)
                .param("durableOfferId", e1.durableOfferId())
                .param("unitPrice", " 60.5 ")
                .session(operator)
                .with(csrf()))
        .andExpect(redirectedUrl("/operator/price-lists/" + month));
    assertThat(
            page("/operator/price-lists/" + month)
                .select("#item-" + e1.durableOfferId() + " input[name=unitPrice]")
                .val())
        .isEqualTo("60.50");

    MvcResult published =
        mvc.perform(post("/operator/price-lists/{m}/publish", month).session(operator).with(csrf()))
            .andReturn();
    Document after = follow(published);
    assertThat(after.select("#flash").text()).isEqualTo("The price list is published.");
    assertThat(after.select("#price-list-status").text()).isEqualTo("Published");
    // a published list shows prices but offers no way to change them
    assertThat(after.select("#price-list-items form")).isEmpty();
    assertThat(after.select("#upload-form")).isEmpty();
    assertThat(priceLists.unitPriceOn(e1.durableOfferId(), month.atDay(1)))
        .isEqualTo(new BigDecimal("60.50"));
  }

  @Test
  void publishingTooLateIsRefusedWithTheDates() throws Exception {
    upload(month, csv(PriceListFixtures.itemsFor(catalog, month)));
    LocalDate effective = month.atDay(1);
    clock.setToNoonOn(effective.minusDays(20));

    Document draft = page("/operator/price-lists/" + month);
    assertThat(draft.select("#deadline-passed").text()).startsWith("The deadline has passed");
    MvcResult refused =
        mvc.perform(post("/operator/price-lists/{m}/publish", month).session(operator).with(csrf()))
            .andExpect(redirectedUrl("/operator/price-lists/" + month))
            .andReturn();

    assertThat(follow(refused).select("#refused").text())
        .isEqualTo(
            "Too late to publish: this price list takes effect on "
                + effective
                + " and must be published at least 30 days before, that is by "
                + effective.minusDays(30)
                + ".");
    assertThat(listOf(month).orElseThrow().published()).isFalse();
  }

  @Test
  void aMonthThatHasStartedTakesNoDraft() throws Exception {
    clock.setToNoonOn(month.atDay(2));

    MvcResult result = upload(month, csv(PriceListFixtures.itemsFor(catalog, month)));

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#month-error").text())
        .isEqualTo(
            month + " has already started: drafts are prepared only for months still to come.");
    assertThat(listOf(month)).isEmpty();
  }

  @Test
  void unknownMonthsAreNotFoundAndTheConsoleLinksToThePriceLists() throws Exception {
    mvc.perform(get("/operator/price-lists/1999-01").session(operator))
        .andExpect(status().isNotFound());
    mvc.perform(get("/operator/price-lists/not-a-month").session(operator))
        .andExpect(status().isNotFound());

    Document home = page("/operator");
    assertThat(home.select("#tile-price-lists").attr("href")).isEqualTo("/operator/price-lists");
    assertThat(home.select("#operator-nav-price-lists").attr("href"))
        .isEqualTo("/operator/price-lists");
    // the upload form suggests the first month that can still be published in time
    Document lists = page("/operator/price-lists");
    YearMonth suggested = YearMonth.parse(lists.select("#month").val());
    assertThat(suggested.atDay(1).minusDays(30)).isAfterOrEqualTo(clock.today());
    assertThat(suggested.minusMonths(1).atDay(1).minusDays(30)).isBefore(clock.today());
  }
}
