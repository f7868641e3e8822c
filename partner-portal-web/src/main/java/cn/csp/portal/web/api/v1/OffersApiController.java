package cn.csp.portal.web.api.v1;

import static cn.csp.portal.partner.Permission.PRICING_VIEW;
import static cn.csp.portal.partner.Permission.SUBSCRIPTION_MANAGE;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.subscription.CustomerSegment;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiLocale;
import cn.csp.portal.web.api.ApiPaging;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.model.Link;
import cn.csp.portal.web.api.model.OfferCategoryJson;
import cn.csp.portal.web.api.model.OfferJson;
import cn.csp.portal.web.api.model.ResourceCollection;
import cn.csp.portal.web.security.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog (contract 8: offers and offer categories by country, a customer's offers). The
 * market-wide catalog is Dashboard > Pricing and offers and needs {@code pricing:view}; a
 * customer's offers are what "Add subscription" offers to choose from (base offers, the partner's
 * pinned ones first) and need {@code subscription:manage}. 21Vianet sells in China only: any other
 * country is refused with 400 rather than answered with an empty catalog, which a client could take
 * for a market without offers.
 */
@RestController
@RequestMapping("/v1")
class OffersApiController {

  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 1000;

  private final OfferCatalog catalog;
  private final CustomerDirectory customers;
  private final MessageSource messages;

  OffersApiController(OfferCatalog catalog, CustomerDirectory customers, MessageSource messages) {
    this.catalog = catalog;
    this.customers = customers;
    this.messages = messages;
  }

  @GetMapping("/offers")
  @RequiresPermission(PRICING_VIEW)
  ResourceCollection<OfferJson> offers(
      @RequestParam String country,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer size,
      HttpServletRequest request) {
    requireChina(country);
    int first = ApiPaging.offset(offset);
    int pageSize = ApiPaging.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    List<OfferJson> all = json(catalog.offers(), ApiLocale.of(request));
    int from = Math.min(first, all.size());
    int to = Math.min(from + pageSize, all.size());
    Link next = to < all.size() ? Link.get(pageUri(to, pageSize)) : null;
    return ResourceCollection.page(
        all.subList(from, to), all.size(), pageUri(first, pageSize), next, null);
  }

  @GetMapping("/offers/{offerId}")
  @RequiresPermission(PRICING_VIEW)
  OfferJson offer(
      @PathVariable String offerId, @RequestParam String country, HttpServletRequest request) {
    requireChina(country);
    List<Offer> offers = catalog.offers();
    Offer offer =
        catalog
            .find(offerId)
            .orElseThrow(() -> ApiRequestRefused.notFound("api.commerce.offerNotFound", offerId));
    Locale locale = ApiLocale.of(request);
    return OfferJson.of(
        offer,
        offers.indexOf(offer) + 1,
        category(offer.segment(), locale),
        locale.toLanguageTag());
  }

  /** The customer segments that have offers, in catalog order. */
  @GetMapping("/offercategories")
  @RequiresPermission(PRICING_VIEW)
  ResourceCollection<OfferCategoryJson> categories(
      @RequestParam String country, HttpServletRequest request) {
    requireChina(country);
    Locale locale = ApiLocale.of(request);
    List<OfferCategoryJson> categories =
        Arrays.stream(CustomerSegment.values())
            .filter(segment -> catalog.offers().stream().anyMatch(o -> o.segment() == segment))
            .map(segment -> category(segment, locale))
            .toList();
    return ResourceCollection.of(categories, "offercategories?country=" + OfferJson.COUNTRY);
  }

  @GetMapping("/customers/{customerId}/offers")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  ResourceCollection<OfferJson> customerOffers(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      HttpServletRequest request) {
    customers
        .find(caller.partnerId(), customerId)
        .orElseThrow(() -> new NotFound("customer.notFound"));
    return ResourceCollection.of(
        json(catalog.offersFor(caller.partnerId()), ApiLocale.of(request)),
        "customers/" + customerId + "/offers");
  }

  /** The offers, ranked in the order given. */
  private List<OfferJson> json(List<Offer> offers, Locale locale) {
    return IntStream.range(0, offers.size())
        .mapToObj(
            i ->
                OfferJson.of(
                    offers.get(i),
                    i + 1,
                    category(offers.get(i).segment(), locale),
                    locale.toLanguageTag()))
        .toList();
  }

  private OfferCategoryJson category(CustomerSegment segment, Locale locale) {
    String name = messages.getMessage("pricing.segment." + segment.name(), null, locale);
    return OfferCategoryJson.of(segment, name, locale.toLanguageTag(), OfferJson.COUNTRY);
  }

  private static void requireChina(String country) {
    if (!OfferJson.COUNTRY.equalsIgnoreCase(country.strip())) {
      throw ApiRequestRefused.badInput("country", "api.commerce.country", country);
    }
  }

  private static String pageUri(int offset, int size) {
    return "offers?country=" + OfferJson.COUNTRY + "&offset=" + offset + "&size=" + size;
  }
}
