package cn.csp.portal.subscription;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PriceListFixtures.itemsFor;
import static cn.csp.portal.testsupport.PriceListFixtures.unusedFutureMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Monthly price lists (spec 2.4): drafts, the 30-day rule, immutability, CSV and who sees them. */
@IntegrationTest
@Import(TestClock.Configuration.class)
class PriceListsIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "operator@21v.example");
  private static final String HEADER = "DurableOfferId,OfferName,BillingType,UnitPrice\r\n";

  @Autowired PriceLists priceLists;
  @Autowired OfferCatalog catalog;
  @Autowired PartnerAccounts partners;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  private YearMonth month;

  @BeforeEach
  void aMonthOfItsOwnWithTimeToPublish() {
    month = unusedFutureMonth();
    clock.setToNoonOn(month.atDay(1).minusDays(45));
  }

  private Offer named(String name) {
    return catalog.offers().stream()
        .filter(offer -> offer.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** A CSV with a price for every offer of the catalog, as an operator would upload it. */
  private static String fullCsv(List<PriceListItem> items) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (PriceListItem item : items) {
      csv.append(item.durableOfferId())
          .append(',')
          .append(item.offerName())
          .append(',')
          .append(item.billingType())
          .append(',')
          .append(item.unitPrice().toPlainString())
          .append("\r\n");
    }
    return csv.toString();
  }

  private PriceList upload(YearMonth month, String csv) {
    return priceLists.uploadDraft(
        month, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), OPERATOR);
  }

  private PriceList listOf(YearMonth month) {
    return priceLists.allLists(OPERATOR).stream()
        .filter(list -> list.month().equals(month))
        .findFirst()
        .orElseThrow();
  }

  private Actor user(UUID partnerId, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    return Actor.partnerUser(partners.addUser(partnerId, user, SYSTEM), user.email());
  }

  private static void assertRefused(Runnable action, String key, Object... arguments) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> {
              assertThat(refused.messageKey()).isEqualTo(key);
              if (arguments.length > 0) {
                assertThat(refused.arguments()).containsExactly(arguments);
              }
            });
  }

  @Test
  void anOperatorUploadsADraftEditsAPriceAndPublishesIt() {
    PriceList draft = upload(month, fullCsv(itemsFor(catalog, month)));

    assertThat(draft.published()).isFalse();
    assertThat(draft.items()).hasSize(catalog.offers().size());
    // items in catalog order, named as the catalog names them
    assertThat(draft.items())
        .extracting(PriceListItem::offerName)
        .containsExactlyElementsOf(catalog.offers().stream().map(Offer::name).toList());
    assertThat(priceLists.publishedOn(month.atDay(1))).isEmpty();

    Offer e3 = named("Office 365 Enterprise E3");
    priceLists.setDraftPrice(month, e3.durableOfferId(), new BigDecimal("180.5"), OPERATOR);
    priceLists.publish(month, OPERATOR);

    PriceList published = priceLists.publishedOn(month.atDay(15)).orElseThrow();
    assertThat(published.publishedAt()).isEqualTo(clock.instant());
    assertThat(published.effectiveFrom()).isEqualTo(month.atDay(1));
    assertThat(priceLists.unitPriceOn(e3.durableOfferId(), month.atEndOfMonth()))
        .isEqualTo(new BigDecimal("180.50"));
    assertThat(
            priceLists.unitPriceOn(
                named("Microsoft Azure operated by 21Vianet").durableOfferId(), month.atDay(1)))
        .isEqualTo(new BigDecimal("0.50"));
    assertThat(
            jdbc.sql(
                    "select action from audit_log where target_type = 'priceList' and target_id = :m"
                        + " order by id")
                .param("m", month.toString())
                .query(String.class)
                .list())
        .containsExactly(
            "priceList.draft.uploaded", "priceList.draft.priceSet", "priceList.published");
  }

  @Test
  void publishingIsRefusedWhenFewerThanThirtyDaysRemain() {
    upload(month, fullCsv(itemsFor(catalog, month)));
    LocalDate effective = month.atDay(1);

    clock.setToNoonOn(effective.minusDays(29));
    assertRefused(
        () -> priceLists.publish(month, OPERATOR),
        "priceList.publish.tooLate",
        effective,
        effective.minusDays(30));
    assertThat(listOf(month).published()).isFalse();

    // the 30th day before is the last one allowed
    clock.setToNoonOn(effective.minusDays(30));
    priceLists.publish(month, OPERATOR);
    assertThat(listOf(month).published()).isTrue();
  }

  @Test
  void theThirtyDaysCountInChinaTime() {
    upload(month, fullCsv(itemsFor(catalog, month)));
    LocalDate lastDay = month.atDay(1).minusDays(30);

    // 16:30 UTC on the last day is already the next day in Beijing
    clock.set(lastDay.atTime(16, 30).toInstant(java.time.ZoneOffset.UTC));

    assertRefused(() -> priceLists.publish(month, OPERATOR), "priceList.publish.tooLate");
  }

  @Test
  void aListMissingAnOfferOfTheCatalogIsNotPublished() {
    List<PriceListItem> items = new ArrayList<>(itemsFor(catalog, month));
    PriceListItem dropped = items.remove(3);
    upload(month, fullCsv(items));

    assertRefused(
        () -> priceLists.publish(month, OPERATOR),
        "priceList.publish.missingPrices",
        dropped.offerName());

    priceLists.setDraftPrice(month, dropped.durableOfferId(), new BigDecimal("12"), OPERATOR);
    priceLists.publish(month, OPERATOR);
    assertThat(priceLists.unitPriceOn(dropped.durableOfferId(), month.atDay(2)))
        .isEqualTo(new BigDecimal("12.00"));
  }

  @Test
  void aPublishedListCannotChange() {
    upload(month, fullCsv(itemsFor(catalog, month)));
    priceLists.publish(month, OPERATOR);
    String e3 = named("Office 365 Enterprise E3").durableOfferId();

    assertRefused(
        () -> upload(month, fullCsv(itemsFor(catalog, month))), "priceList.published", month);
    assertRefused(
        () -> priceLists.setDraftPrice(month, e3, BigDecimal.ONE, OPERATOR), "priceList.published");
    assertRefused(() -> priceLists.publish(month, OPERATOR), "priceList.published");
    assertRefused(
        () ->
            priceLists.importPublished(
                month, itemsFor(catalog, month), Instant.now(), Actor.system("import")),
        "priceList.published");
    // and the database refuses it too, whoever asks
    assertThatThrownBy(
            () ->
                jdbc.sql("update price_list_item set unit_price = 1 where month = :m")
                    .param("m", month.atDay(1))
                    .update())
        .hasMessageContaining("published");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from price_list where month = :m")
                    .param("m", month.atDay(1))
                    .update())
        .hasMessageContaining("published");
    assertThat(priceLists.unitPriceOn(e3, month.atDay(1)))
        .isEqualTo(PriceListFixtures.priceFor(named("Office 365 Enterprise E3"), month));
  }

  @Test
  void badRowsAreRefusedByRowNumberAndNothingIsHalfSaved() {
    List<PriceListItem> items = itemsFor(catalog, month);
    upload(month, fullCsv(items));
    String e1 = named("Office 365 Enterprise E1").durableOfferId();
    String azure = named("Microsoft Azure operated by 21Vianet").durableOfferId();

    String row2 = e1 + ",Office 365 Enterprise E1,LICENSE,1.00\r\n";
    assertRefused(
        () -> upload(month, HEADER + row2 + "NOT-AN-OFFER,Whatever,LICENSE,5\r\n"),
        "priceList.csv.unknownOffer",
        3,
        "NOT-AN-OFFER");
    assertRefused(
        () -> upload(month, HEADER + row2 + azure + ",Azure,USAGE,-0.5\r\n"),
        "priceList.csv.price",
        3,
        "-0.5");
    assertRefused(
        () -> upload(month, HEADER + row2 + azure + ",Azure,USAGE,0.12345\r\n"),
        "priceList.csv.price",
        3,
        "0.12345");
    assertRefused(
        () -> upload(month, HEADER + row2 + azure + ",Azure,USAGE,abc\r\n"),
        "priceList.csv.price",
        3,
        "abc");
    assertRefused(
        () -> upload(month, HEADER + row2 + row2.toLowerCase()),
        "priceList.csv.duplicate",
        3,
        e1,
        2);
    assertRefused(
        () -> upload(month, HEADER + row2 + azure + ",Azure,LICENSE,0.5\r\n"),
        "priceList.csv.billingType",
        3,
        "LICENSE",
        "USAGE");
    assertRefused(
        () -> upload(month, HEADER + row2 + azure + ",Azure,USAGE\r\n"),
        "priceList.csv.columns",
        3,
        4);
    assertRefused(() -> upload(month, "Offer,Price\r\n" + row2), "priceList.csv.header");
    assertRefused(() -> upload(month, HEADER), "priceList.csv.empty");
    assertRefused(() -> upload(month, ""), "priceList.csv.header");
    assertRefused(
        () ->
            priceLists.uploadDraft(
                month,
                new ByteArrayInputStream(
                    (HEADER + e1 + ",\u4E2D\u6587,LICENSE,1\r\n")
                        .getBytes(java.nio.charset.Charset.forName("GB18030"))),
                OPERATOR),
        "priceList.csv.encoding");

    // the draft is still the one first uploaded, every item at its price
    assertThat(listOf(month).items())
        .extracting(PriceListItem::unitPrice)
        .containsExactlyElementsOf(items.stream().map(PriceListItem::unitPrice).toList());
  }

  @Test
  void aValidUploadReplacesTheWholeDraft() {
    upload(month, fullCsv(itemsFor(catalog, month)));
    String e1 = named("Office 365 Enterprise E1").durableOfferId();

    PriceList replaced =
        upload(
            month,
            "\uFEFF"
                + HEADER
                + "\r\n"
                + e1.toLowerCase()
                + ", \"Office 365 Enterprise E1, renamed\" ,license, 60.1250 \r\n");

    assertThat(replaced.items())
        .containsExactly(
            new PriceListItem(
                e1, "Office 365 Enterprise E1", BillingType.LICENSE, new BigDecimal("60.125")));
    assertThat(listOf(month).items()).isEqualTo(replaced.items());
  }

  @Test
  void draftsAreOnlyForMonthsThatHaveNotStarted() {
    clock.setToNoonOn(month.atDay(1));

    assertRefused(
        () -> upload(month, fullCsv(itemsFor(catalog, month))), "priceList.month.started", month);
    assertThat(priceLists.allLists(OPERATOR)).noneMatch(list -> list.month().equals(month));
  }

  @Test
  void draftPricesAreCheckedLikeUploadedOnes() {
    upload(month, fullCsv(itemsFor(catalog, month)));
    String e1 = named("Office 365 Enterprise E1").durableOfferId();

    assertRefused(
        () -> priceLists.setDraftPrice(month, e1, new BigDecimal("-1"), OPERATOR),
        "priceList.price.invalid");
    assertRefused(
        () -> priceLists.setDraftPrice(month, e1, new BigDecimal("1.00001"), OPERATOR),
        "priceList.price.invalid");
    assertThatThrownBy(
            () -> priceLists.setDraftPrice(month.plusMonths(1), e1, BigDecimal.TEN, OPERATOR))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> priceLists.setDraftPrice(month, "NOPE", BigDecimal.TEN, OPERATOR))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void theCsvRoundTripsAndOpensInExcel() throws Exception {
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);
    Actor billingAdmin = user(partnerId, AgentRole.NONE, AdminRole.BILLING_ADMIN);
    PriceListFixtures.ensurePublished(priceLists, catalog, month);
    StringWriter csv = new StringWriter();

    priceLists.writeCsv(partnerId, month, csv, billingAdmin);

    String text = csv.toString();
    assertThat(text).startsWith("\uFEFF" + HEADER);
    assertThat(text.lines()).hasSize(catalog.offers().size() + 1);
    Offer e3 = named("Office 365 Enterprise E3");
    assertThat(text)
        .contains(
            e3.durableOfferId()
                + ",Office 365 Enterprise E3,LICENSE,"
                + PriceListFixtures.priceFor(e3, month).toPlainString()
                + "\r\n");
    assertThat(text).contains(",USAGE,0.50\r\n");

    YearMonth next = month.plusMonths(1);
    PriceList uploaded = upload(next, text);
    assertThat(uploaded.items())
        .isEqualTo(priceLists.publishedOn(month.atDay(1)).orElseThrow().items());
  }

  @Test
  void salesAndHelpdeskAgentsNeverSeePrices() throws Exception {
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, month.atDay(1));
    clock.setToNoonOn(month.atDay(10));

    for (AgentRole agent : List.of(AgentRole.SALES_AGENT, AgentRole.HELPDESK_AGENT)) {
      Actor actor = user(partnerId, agent, AdminRole.NO_ADMIN);
      assertThatThrownBy(() -> priceLists.currentFor(partnerId, actor))
          .isInstanceOfSatisfying(
              PermissionDenied.class,
              denied -> assertThat(denied.permission()).isEqualTo(Permission.PRICING_VIEW));
      assertThatThrownBy(() -> priceLists.nextFor(partnerId, actor))
          .isInstanceOf(PermissionDenied.class);
      assertThatThrownBy(() -> priceLists.writeCsv(partnerId, month, new StringWriter(), actor))
          .isInstanceOf(PermissionDenied.class);
    }
    for (Actor allowed :
        List.of(
            user(partnerId, AgentRole.NONE, AdminRole.GLOBAL_ADMIN),
            user(partnerId, AgentRole.NONE, AdminRole.BILLING_ADMIN),
            user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN))) {
      assertThat(priceLists.currentFor(partnerId, allowed).orElseThrow().month()).isEqualTo(month);
      assertThat(priceLists.nextFor(partnerId, allowed).orElseThrow().month())
          .isEqualTo(month.plusMonths(1));
    }
    // another partner's user does not read with this partner's id
    UUID other = partners.createPartner(aPartner(), SYSTEM);
    Actor otherAdmin = user(other, AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    assertThatThrownBy(() -> priceLists.currentFor(partnerId, otherAdmin))
        .isInstanceOf(PermissionDenied.class);
  }

  @Test
  void onlyOperatorsPrepareListsAndOnlyTheSystemImportsThem() {
    UUID partnerId = partners.createPartner(aPartner(), SYSTEM);
    Actor globalAdmin = user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    String csv = fullCsv(itemsFor(catalog, month));

    assertRefused(
        () ->
            priceLists.uploadDraft(
                month, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), globalAdmin),
        "priceList.operatorsOnly");
    assertRefused(() -> priceLists.allLists(globalAdmin), "priceList.operatorsOnly");
    assertRefused(() -> priceLists.publish(month, globalAdmin), "priceList.operatorsOnly");
    assertRefused(
        () ->
            priceLists.setDraftPrice(
                month, catalog.offers().get(0).durableOfferId(), BigDecimal.ONE, globalAdmin),
        "priceList.operatorsOnly");
    assertRefused(
        () -> priceLists.importPublished(month, itemsFor(catalog, month), Instant.now(), OPERATOR),
        "priceList.systemOnly");
    assertThat(priceLists.allLists(OPERATOR)).noneMatch(list -> list.month().equals(month));
  }

  @Test
  void anImportIsPublishedAtItsOriginalTimeAndReplacesADraft() {
    upload(month, fullCsv(itemsFor(catalog, month).subList(0, 2)));
    Instant publishedAt = Instant.parse("2020-01-02T03:04:05Z");

    priceLists.importPublished(month, itemsFor(catalog, month), publishedAt, SYSTEM);

    PriceList list = priceLists.publishedOn(month.atDay(1)).orElseThrow();
    assertThat(list.publishedAt()).isEqualTo(publishedAt);
    assertThat(list.items()).hasSize(catalog.offers().size());
    // the fixture is idempotent
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, month.atDay(5));
    assertThat(priceLists.publishedOn(month.atDay(1)).orElseThrow()).isEqualTo(list);
  }

  @Test
  void noPriceWithoutAPublishedList() {
    Offer e3 = named("Office 365 Enterprise E3");
    upload(month, fullCsv(itemsFor(catalog, month)));

    assertRefused(
        () -> priceLists.unitPriceOn(e3.durableOfferId(), month.atDay(3)),
        "priceList.noPrice",
        e3.name(),
        month.atDay(3));
    assertRefused(() -> priceLists.unitPriceOn("UNKNOWN", month.atDay(3)), "priceList.noPrice");
  }
}
