package cn.csp.portal.web.demo;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceListItem;
import cn.csp.portal.subscription.PriceLists;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Invented CNY prices for the demo (the pricing page says so): published lists for this month and
 * the next, and a draft for the month after, for operators to edit and publish. Months that have a
 * list already keep it, so a demo started again in a later month gets the lists it lacks.
 */
@Component
class DemoPrices {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Per license per month; Azure per unit of usage. */
  static final Map<String, BigDecimal> THIS_MONTH =
      Map.ofEntries(
          Map.entry("Office 365 Business", new BigDecimal("68.00")),
          Map.entry("Office 365 Business Essentials", new BigDecimal("38.00")),
          Map.entry("Office 365 Business Premium", new BigDecimal("95.00")),
          Map.entry("Office 365 ProPlus", new BigDecimal("88.00")),
          Map.entry("Office 365 Enterprise E1", new BigDecimal("60.00")),
          Map.entry("Office 365 Enterprise E3", new BigDecimal("180.00")),
          Map.entry("Office 365 Enterprise E3 for Government", new BigDecimal("168.00")),
          Map.entry("Exchange Online (Plan 1)", new BigDecimal("28.00")),
          Map.entry("Exchange Online Archiving", new BigDecimal("22.00")),
          Map.entry("Power BI Pro", new BigDecimal("70.00")),
          Map.entry("Project Online Essentials", new BigDecimal("45.00")),
          Map.entry("Microsoft Azure operated by 21Vianet", new BigDecimal("0.50")));

  private static final BigDecimal OTHER_OFFER = new BigDecimal("50.00");

  private final PriceLists priceLists;
  private final OfferCatalog catalog;
  private final Clock clock;

  DemoPrices(PriceLists priceLists, OfferCatalog catalog, Clock clock) {
    this.priceLists = priceLists;
    this.catalog = catalog;
    this.clock = clock;
  }

  void load(Actor demo) {
    Instant now = clock.instant();
    YearMonth month = YearMonth.from(LocalDate.ofInstant(now, CHINA));
    publish(month, this::thisMonth, now, demo);
    // next month: E3 and Power BI Pro a little dearer, published 31 days ahead
    publish(
        month.plusMonths(1),
        offer ->
            switch (offer.name()) {
              case "Office 365 Enterprise E3" -> new BigDecimal("185.00");
              case "Power BI Pro" -> new BigDecimal("72.00");
              default -> thisMonth(offer);
            },
        now,
        demo);
    YearMonth draftMonth = month.plusMonths(2);
    if (priceLists.allLists(demo).stream().noneMatch(list -> list.month().equals(draftMonth))) {
      StringBuilder csv = new StringBuilder("DurableOfferId,OfferName,BillingType,UnitPrice\r\n");
      for (Offer offer : catalog.offers()) {
        BigDecimal price =
            offer.name().equals("Office 365 Enterprise E1")
                ? new BigDecimal("62.00")
                : thisMonth(offer);
        csv.append(offer.durableOfferId())
            .append(",\"")
            .append(offer.name())
            .append("\",")
            .append(offer.billingType())
            .append(',')
            .append(price.toPlainString())
            .append("\r\n");
      }
      priceLists.uploadDraft(
          draftMonth,
          new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
          demo);
    }
  }

  private void publish(
      YearMonth month, Function<Offer, BigDecimal> price, Instant now, Actor demo) {
    if (priceLists.publishedOn(month.atDay(1)).isPresent()) {
      return;
    }
    List<PriceListItem> items =
        catalog.offers().stream()
            .map(
                offer ->
                    new PriceListItem(
                        offer.durableOfferId(),
                        offer.name(),
                        offer.billingType(),
                        price.apply(offer)))
            .toList();
    Instant publishedAt = month.atDay(1).minusDays(31).atTime(10, 0).atZone(CHINA).toInstant();
    priceLists.importPublished(month, items, publishedAt.isAfter(now) ? now : publishedAt, demo);
  }

  private BigDecimal thisMonth(Offer offer) {
    return THIS_MONTH.getOrDefault(offer.name(), OTHER_OFFER);
  }
}
