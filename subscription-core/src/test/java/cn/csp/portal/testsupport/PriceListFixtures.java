package cn.csp.portal.testsupport;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceListItem;
import cn.csp.portal.subscription.PriceLists;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Published price lists for tests that order or bill. Price lists are global (one per month, not
 * per partner), so a list another test or the demo data already published for a month is kept as it
 * is: read prices through {@link PriceLists#unitPriceOn} rather than assuming this class's.
 */
public final class PriceListFixtures {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Actor SYSTEM = Actor.system("price-list-fixtures");
  // months handed out by unusedFutureMonth: five apart, from a random far-future start
  private static final YearMonth FIRST_UNUSED =
      YearMonth.of(ThreadLocalRandom.current().nextInt(2200, 8000), 1);
  private static final AtomicInteger NEXT_UNUSED = new AtomicInteger();

  private PriceListFixtures() {}

  /**
   * Makes sure the months before, of and after {@code date} have a published list with a price for
   * every offer of the catalog. Safe to call from every test: months that have one already are left
   * alone.
   */
  public static void ensurePublishedAround(
      PriceLists priceLists, OfferCatalog catalog, LocalDate date) {
    YearMonth month = YearMonth.from(date);
    for (YearMonth around : List.of(month.minusMonths(1), month, month.plusMonths(1))) {
      ensurePublished(priceLists, catalog, around);
    }
  }

  /** Makes sure {@code month} has a published list; an existing one is kept. */
  public static void ensurePublished(PriceLists priceLists, OfferCatalog catalog, YearMonth month) {
    if (priceLists.publishedOn(month.atDay(1)).isEmpty()) {
      priceLists.importPublished(
          month,
          itemsFor(catalog, month),
          month.atDay(1).minusDays(31).atTime(10, 0).atZone(CHINA).toInstant(),
          SYSTEM);
    }
  }

  /** A price for every offer of the catalog, as this class publishes them for {@code month}. */
  public static List<PriceListItem> itemsFor(OfferCatalog catalog, YearMonth month) {
    return catalog.offers().stream()
        .map(
            offer ->
                new PriceListItem(
                    offer.durableOfferId(),
                    offer.name(),
                    offer.billingType(),
                    priceFor(offer, month)))
        .toList();
  }

  /**
   * The fixture price: usage 0.50 per unit; licenses 100 plus the month's number (so consecutive
   * months differ, e.g. 112.00 in December), to tell a renewal's new price from the old one.
   */
  public static BigDecimal priceFor(Offer offer, YearMonth month) {
    return offer.billingType() == BillingType.USAGE
        ? new BigDecimal("0.50")
        : BigDecimal.valueOf(100 + month.getMonthValue()).setScale(2);
  }

  /**
   * A month far in the future that no other test uses, for tests that prepare or publish their own
   * lists (price lists are shared by every test of the run). The two months before and after it are
   * free too.
   */
  public static YearMonth unusedFutureMonth() {
    return FIRST_UNUSED.plusMonths(5L * NEXT_UNUSED.getAndIncrement());
  }
}
