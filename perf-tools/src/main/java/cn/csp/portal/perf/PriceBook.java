package cn.csp.portal.perf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The monthly price lists of the generated year: the twelve months before the anchor's month and
 * the anchor's month itself. CNY per license per month (Azure per unit of usage), the demo's
 * invented prices, with the rises a year brings: Business Premium from the seventh month before the
 * anchor, E3 from the fourth, Power BI Pro from the second.
 */
final class PriceBook {

  private static final Map<String, BigDecimal> BASE =
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

  private final Catalog catalog;
  private final YearMonth first;
  private final YearMonth last;

  PriceBook(Catalog catalog, LocalDate anchor) {
    this.catalog = catalog;
    this.last = YearMonth.from(anchor);
    this.first = last.minusMonths(12);
  }

  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The unit price on a day, as {@code PriceLists.unitPriceOn}: the list of the day's month. */
  BigDecimal priceOn(Catalog.Offer offer, LocalDate day) {
    YearMonth month = YearMonth.from(day);
    if (month.isBefore(first) || month.isAfter(last)) {
      throw new IllegalArgumentException("No generated price list for " + month);
    }
    return price(offer, month);
  }

  BigDecimal price(Catalog.Offer offer, YearMonth month) {
    long monthsBeforeAnchor = month.until(last, java.time.temporal.ChronoUnit.MONTHS);
    return switch (offer.name()) {
      case "Office 365 Business Premium" ->
          monthsBeforeAnchor <= 7 ? new BigDecimal("98.00") : BASE.get(offer.name());
      case "Office 365 Enterprise E3" ->
          monthsBeforeAnchor <= 4 ? new BigDecimal("185.00") : BASE.get(offer.name());
      case "Power BI Pro" ->
          monthsBeforeAnchor <= 2 ? new BigDecimal("72.00") : BASE.get(offer.name());
      default -> BASE.getOrDefault(offer.name(), OTHER_OFFER);
    };
  }

  Catalog catalog() {
    return catalog;
  }
}
