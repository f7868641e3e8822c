package cn.csp.portal.web.account;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.subscription.CatalogPins;
import cn.csp.portal.subscription.CustomerSegment;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import cn.csp.portal.web.security.RequiresPermission;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account settings > Catalog (spec 2.10): the partner pins up to five base offers, which then come
 * first wherever its users choose an offer.
 */
@Controller
@RequestMapping("/account/catalog")
@RequiresPermission(Permission.CATALOG_CUSTOMIZE)
class CatalogController {

  static final String VIEW = "account/catalog";

  private final OfferCatalog catalog;
  private final CatalogPins pins;

  CatalogController(OfferCatalog catalog, CatalogPins pins) {
    this.catalog = catalog;
    this.pins = pins;
  }

  /** The base offers of one segment; add-ons are not pinned. */
  public record SegmentOffers(CustomerSegment segment, List<Offer> offers) {}

  @GetMapping
  String catalog(@CurrentUser PartnerUserPrincipal user, Model model) {
    List<String> pinnedIds = pins.pinnedOfferIds(user.partnerId());
    List<Offer> baseOffers = catalog.offers().stream().filter(offer -> !offer.addOn()).toList();
    model.addAttribute(
        "pinned", pinnedIds.stream().map(id -> catalog.find(id).orElseThrow()).toList());
    model.addAttribute("pinnedIds", pinnedIds);
    model.addAttribute(
        "segments",
        Arrays.stream(CustomerSegment.values())
            .map(
                segment ->
                    new SegmentOffers(
                        segment,
                        baseOffers.stream().filter(offer -> offer.segment() == segment).toList()))
            .filter(group -> !group.offers().isEmpty())
            .toList());
    model.addAttribute("maxPins", CatalogPins.MAX_PINS);
    return VIEW;
  }

  @PostMapping("/pin")
  String pin(
      @CurrentUser PartnerUserPrincipal user,
      @RequestParam String offerId,
      RedirectAttributes redirect) {
    return afterChange(
        redirect,
        offerId,
        "catalog.pinned.done",
        () -> pins.pin(user.partnerId(), offerId, user.actor()));
  }

  @PostMapping("/unpin")
  String unpin(
      @CurrentUser PartnerUserPrincipal user,
      @RequestParam String offerId,
      RedirectAttributes redirect) {
    return afterChange(
        redirect,
        offerId,
        "catalog.unpinned.done",
        () -> pins.unpin(user.partnerId(), offerId, user.actor()));
  }

  /** Runs a change and returns to the catalog with its outcome, or the refusal, shown once. */
  private String afterChange(
      RedirectAttributes redirect, String offerId, String doneKey, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("doneKey", doneKey);
      redirect.addFlashAttribute(
          "doneArgs", new Object[] {catalog.find(offerId).map(Offer::name).orElse(offerId)});
    } catch (PermissionDenied | NotFound answeredByTheirOwnPage) {
      throw answeredByTheirOwnPage;
    } catch (BusinessRuleViolation refused) {
      redirect.addFlashAttribute("errorKey", refused.messageKey());
      redirect.addFlashAttribute("errorArgs", refused.arguments());
    }
    return "redirect:/account/catalog";
  }
}
