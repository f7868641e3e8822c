package cn.csp.portal.web.operator;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceList;
import cn.csp.portal.subscription.PriceListItem;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.web.form.FormErrors;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.OperatorPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Monthly price lists (spec 2.4): operators upload a draft as CSV for a month still to come,
 * correct single prices, and publish it at least 30 days before the month starts.
 */
@Controller
@RequestMapping("/operator/price-lists")
class PriceListsController {

  static final String LIST_VIEW = "operator/price-lists";
  static final String MONTH_VIEW = "operator/price-list";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int NOTICE_DAYS = 30;

  private final PriceLists priceLists;
  private final OfferCatalog catalog;
  private final Clock clock;

  PriceListsController(PriceLists priceLists, OfferCatalog catalog, Clock clock) {
    this.priceLists = priceLists;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** One offer of a month's list: its price there, or null when the list has none yet. */
  public record Row(Offer offer, String unitPrice) {}

  @GetMapping
  String lists(@CurrentUser OperatorPrincipal operator, Model model) {
    PriceListUploadForm form = new PriceListUploadForm();
    form.setMonth(firstPublishableMonth().toString());
    model.addAttribute("upload", form);
    return listPage(operator, model);
  }

  @PostMapping
  String upload(
      @CurrentUser OperatorPrincipal operator,
      @ModelAttribute("upload") PriceListUploadForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    YearMonth month = form.yearMonth();
    if (month == null) {
      result.rejectValue("month", "operator.priceLists.month.invalid");
    }
    if (form.getFile() == null || form.getFile().isEmpty()) {
      result.rejectValue("file", "operator.priceLists.file.required");
    }
    if (!result.hasErrors()) {
      try (InputStream csv = form.getFile().getInputStream()) {
        priceLists.uploadDraft(month, csv, operator.actor());
        Flash.success(redirect, "operator.priceLists.upload.done");
        return "redirect:/operator/price-lists/" + month;
      } catch (IOException unreadable) {
        result.rejectValue("file", "operator.priceLists.file.required");
      } catch (BusinessRuleViolation refused) {
        // a month refusal (started, published) belongs to the month field, the rest to the file
        FormErrors.reject(result, refused, Map.of("*", "month"));
      }
    }
    return listPage(operator, model);
  }

  @GetMapping("/{month}")
  String month(@CurrentUser OperatorPrincipal operator, @PathVariable String month, Model model) {
    PriceList list = find(operator, parse(month));
    Map<String, String> prices =
        list.items().stream()
            .collect(
                Collectors.toMap(
                    PriceListItem::durableOfferId, item -> item.unitPrice().toPlainString()));
    LocalDate deadline = list.effectiveFrom().minusDays(NOTICE_DAYS);
    model.addAttribute("list", list);
    model.addAttribute(
        "rows",
        catalog.offers().stream()
            .map(offer -> new Row(offer, prices.get(offer.durableOfferId())))
            .toList());
    model.addAttribute("deadline", deadline);
    model.addAttribute("deadlinePassed", today().isAfter(deadline));
    model.addAttribute("started", !today().isBefore(list.effectiveFrom()));
    model.addAttribute(
        "missing",
        catalog.offers().stream()
            .filter(offer -> !prices.containsKey(offer.durableOfferId()))
            .count());
    if (!model.containsAttribute("upload")) {
      PriceListUploadForm form = new PriceListUploadForm();
      form.setMonth(list.month().toString());
      model.addAttribute("upload", form);
    }
    return MONTH_VIEW;
  }

  @PostMapping("/{month}/prices")
  String setPrice(
      @CurrentUser OperatorPrincipal operator,
      @PathVariable String month,
      @RequestParam String durableOfferId,
      @RequestParam(required = false) String unitPrice,
      RedirectAttributes redirect) {
    YearMonth listMonth = parse(month);
    Map<String, Offer> byDurableId =
        catalog.offers().stream()
            .collect(Collectors.toMap(Offer::durableOfferId, Function.identity()));
    BigDecimal price = price(unitPrice);
    try {
      if (price == null) {
        throw new BusinessRuleViolation("priceList.price.invalid");
      }
      priceLists.setDraftPrice(listMonth, durableOfferId, price, operator.actor());
      Flash.success(redirect, "operator.priceList.priceSaved");
    } catch (NotFound notFound) {
      throw notFound;
    } catch (BusinessRuleViolation refused) {
      refusal(redirect, refused);
      Offer offer = byDurableId.get(durableOfferId);
      redirect.addFlashAttribute("errorOffer", offer == null ? null : offer.name());
    }
    return "redirect:/operator/price-lists/" + listMonth;
  }

  @PostMapping("/{month}/publish")
  String publish(
      @CurrentUser OperatorPrincipal operator,
      @PathVariable String month,
      RedirectAttributes redirect) {
    YearMonth listMonth = parse(month);
    try {
      priceLists.publish(listMonth, operator.actor());
      Flash.success(redirect, "operator.priceList.published");
    } catch (NotFound notFound) {
      throw notFound;
    } catch (BusinessRuleViolation refused) {
      refusal(redirect, refused);
    }
    return "redirect:/operator/price-lists/" + listMonth;
  }

  private String listPage(OperatorPrincipal operator, Model model) {
    model.addAttribute("lists", priceLists.allLists(operator.actor()));
    model.addAttribute("offerCount", catalog.offers().size());
    return LIST_VIEW;
  }

  private PriceList find(OperatorPrincipal operator, YearMonth month) {
    List<PriceList> all = priceLists.allLists(operator.actor());
    return all.stream()
        .filter(list -> list.month().equals(month))
        .findFirst()
        .orElseThrow(() -> new NotFound("priceList.notFound"));
  }

  /** The first month whose list can still be published in time: the upload form's suggestion. */
  private YearMonth firstPublishableMonth() {
    YearMonth month = YearMonth.from(today()).plusMonths(1);
    return today().isAfter(month.atDay(1).minusDays(NOTICE_DAYS)) ? month.plusMonths(1) : month;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  private static YearMonth parse(String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException notAMonth) {
      throw new NotFound("priceList.notFound");
    }
  }

  /** A price as typed: digits with an optional decimal point; anything else is no price. */
  private static BigDecimal price(String text) {
    if (text == null || !text.strip().matches("\\d{1,12}(\\.\\d{1,12})?")) {
      return null;
    }
    return new BigDecimal(text.strip());
  }

  private static void refusal(RedirectAttributes redirect, BusinessRuleViolation refused) {
    redirect.addFlashAttribute("errorKey", refused.messageKey());
    redirect.addFlashAttribute("errorArgs", refused.arguments());
  }
}
