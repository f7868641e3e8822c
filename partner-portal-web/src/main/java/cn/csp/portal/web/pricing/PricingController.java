package cn.csp.portal.web.pricing;

import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.subscription.CustomerSegment;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceList;
import cn.csp.portal.subscription.PriceListItem;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.web.demo.DemoDataLoader;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Dashboard > Pricing and offers (spec 2.4): the catalog by segment with this month's and, once
 * published, next month's prices, and both lists as CSV. Only users with {@code pricing:view} get
 * here; sales and help desk agents never see a price.
 */
@Controller
@RequiresPermission(Permission.PRICING_VIEW)
class PricingController {

  static final String VIEW = "pricing/index";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final OfferCatalog catalog;
  private final PriceLists priceLists;
  private final Clock clock;
  private final boolean demoPrices;

  PricingController(
      OfferCatalog catalog, PriceLists priceLists, Clock clock, DemoDataLoader demoData) {
    this.catalog = catalog;
    this.priceLists = priceLists;
    this.clock = clock;
    // the demo loads invented prices; say so wherever prices are shown
    this.demoPrices = demoData.isEnabled();
  }

  /** One offer of the table, with its price in each list (null: the list has none). */
  public record OfferRow(
      Offer offer, String currentPrice, String nextPrice, List<String> parentNames) {}

  public record SegmentRows(CustomerSegment segment, List<OfferRow> rows) {}

  @GetMapping("/pricing")
  String pricing(@CurrentUser PartnerUserPrincipal user, Model model) {
    Optional<PriceList> current = priceLists.currentFor(user.partnerId(), user.actor());
    Optional<PriceList> next = priceLists.nextFor(user.partnerId(), user.actor());
    YearMonth thisMonth = YearMonth.from(LocalDate.ofInstant(clock.instant(), CHINA));
    Map<String, String> currentPrices = prices(current);
    Map<String, String> nextPrices = prices(next);
    Map<String, Offer> byId =
        catalog.offers().stream().collect(Collectors.toMap(Offer::offerId, Function.identity()));
    List<SegmentRows> segments =
        Arrays.stream(CustomerSegment.values())
            .map(
                segment ->
                    new SegmentRows(
                        segment,
                        catalog.offers().stream()
                            .filter(offer -> offer.segment() == segment)
                            .map(
                                offer ->
                                    new OfferRow(
                                        offer,
                                        currentPrices.get(offer.durableOfferId()),
                                        nextPrices.get(offer.durableOfferId()),
                                        offer.parentOfferIds().stream()
                                            .map(id -> byId.get(id).name())
                                            .toList()))
                            .toList()))
            .filter(group -> !group.rows().isEmpty())
            .toList();
    model.addAttribute("currentMonth", thisMonth);
    model.addAttribute("nextMonth", thisMonth.plusMonths(1));
    model.addAttribute("current", current.orElse(null));
    model.addAttribute("next", next.orElse(null));
    model.addAttribute("segments", segments);
    model.addAttribute("demoPrices", demoPrices);
    return VIEW;
  }

  /**
   * A published list as a CSV file. Written in full before the response starts, so a refusal still
   * gets its error page instead of a broken download.
   */
  @GetMapping("/pricing/price-lists/{month}.csv")
  ResponseEntity<byte[]> csv(@CurrentUser PartnerUserPrincipal user, @PathVariable String month)
      throws IOException {
    YearMonth listMonth = parseMonth(month);
    StringWriter csv = new StringWriter();
    priceLists.writeCsv(user.partnerId(), listMonth, csv, user.actor());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("price-list-" + listMonth + ".csv")
                .build()
                .toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static YearMonth parseMonth(String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException notAMonth) {
      throw new NotFound("priceList.notFound");
    }
  }

  /** Prices by durable offer id, as the list stores them (at least two decimals). */
  private static Map<String, String> prices(Optional<PriceList> list) {
    return list.map(PriceList::items).orElse(List.of()).stream()
        .collect(Collectors.toMap(PriceListItem::durableOfferId, item -> plain(item.unitPrice())));
  }

  private static String plain(BigDecimal price) {
    return price.toPlainString();
  }
}
