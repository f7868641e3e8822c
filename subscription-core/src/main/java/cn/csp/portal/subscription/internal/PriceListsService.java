package cn.csp.portal.subscription.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceList;
import cn.csp.portal.subscription.PriceListItem;
import cn.csp.portal.subscription.PriceLists;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PriceListsService implements PriceLists {

  /** Prices take effect on the first day of the month in China (spec 2.4). */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** 21Vianet publishes a list at least this many days before it takes effect (spec 2.4). */
  static final int NOTICE_DAYS = 30;

  /** All price-list writers take turns: there are few of them and they are rare. */
  private static final String LOCK = "price_list";

  private final PriceListRepository lists;
  private final OfferCatalog catalog;
  private final PartnerPermissions permissions;
  private final AdvisoryLocks locks;
  private final AuditLog auditLog;
  private final Clock clock;

  PriceListsService(
      PriceListRepository lists,
      OfferCatalog catalog,
      PartnerPermissions permissions,
      AdvisoryLocks locks,
      AuditLog auditLog,
      Clock clock) {
    this.lists = lists;
    this.catalog = catalog;
    this.permissions = permissions;
    this.locks = locks;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PriceList> publishedOn(LocalDate date) {
    return published(YearMonth.from(date));
  }

  @Override
  @Transactional(readOnly = true)
  public BigDecimal unitPriceOn(String durableOfferId, LocalDate date) {
    Optional<Offer> offer = catalog.findByDurableOfferId(durableOfferId);
    String offerName = offer.map(Offer::name).orElse(String.valueOf(durableOfferId));
    return offer
        .flatMap(
            known ->
                lists
                    .findByMonth(date.withDayOfMonth(1))
                    .filter(PriceListRecord::published)
                    .flatMap(list -> list.priceOf(known.durableOfferId())))
        .map(PriceListCsv::forDisplay)
        .orElseThrow(() -> new BusinessRuleViolation("priceList.noPrice", offerName, date));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PriceList> currentFor(UUID partnerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.PRICING_VIEW);
    return published(YearMonth.from(today()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PriceList> nextFor(UUID partnerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.PRICING_VIEW);
    return published(YearMonth.from(today()).plusMonths(1));
  }

  @Override
  @Transactional(readOnly = true)
  public void writeCsv(UUID partnerId, YearMonth month, Writer out, Actor actor)
      throws IOException {
    permissions.require(partnerId, actor, Permission.PRICING_VIEW);
    PriceList list = published(month).orElseThrow(() -> new NotFound("priceList.notFound"));
    PriceListCsv.write(list.items(), out);
  }

  @Override
  @Transactional(readOnly = true)
  public List<PriceList> allLists(Actor operator) {
    requireOperator(operator);
    return lists.findAllByOrderByMonthDesc().stream().map(this::toPriceList).toList();
  }

  @Override
  public PriceList uploadDraft(YearMonth month, InputStream csv, Actor operator) {
    requireOperator(operator);
    requireNotStarted(month);
    List<PriceListItem> items;
    try {
      items = PriceListCsv.read(csv, catalog);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    locks.lock(LOCK);
    Instant now = clock.instant();
    PriceListRecord list = saveDraft(month, items, now);
    auditLog.record(
        AuditEntry.of(operator, "priceList.draft.uploaded")
            .target("priceList", month)
            .detail("items", items.size())
            .build());
    return toPriceList(list);
  }

  @Override
  public void setDraftPrice(
      YearMonth month, String durableOfferId, BigDecimal unitPrice, Actor operator) {
    requireOperator(operator);
    if (!PriceListCsv.isValidPrice(unitPrice)) {
      throw BusinessRuleViolation.onField("unitPrice", "priceList.price.invalid");
    }
    Offer offer =
        catalog
            .findByDurableOfferId(durableOfferId)
            .orElseThrow(() -> new NotFound("catalog.offer.notFound"));
    requireNotStarted(month);
    locks.lock(LOCK);
    PriceListRecord draft =
        lists.findByMonth(month.atDay(1)).orElseThrow(() -> new NotFound("priceList.notFound"));
    requireDraft(draft);
    Optional<BigDecimal> before = draft.priceOf(offer.durableOfferId());
    draft.setPrice(
        new PriceListItem(offer.durableOfferId(), offer.name(), offer.billingType(), unitPrice),
        clock.instant());
    auditLog.record(
        AuditEntry.of(operator, "priceList.draft.priceSet")
            .target("priceList", month)
            .detail("durableOfferId", offer.durableOfferId())
            .detail("before", before.map(BigDecimal::toPlainString).orElse(null))
            .detail("after", unitPrice.toPlainString())
            .build());
  }

  @Override
  public void importPublished(
      YearMonth month, List<PriceListItem> items, Instant publishedAt, Actor system) {
    if (system.type() != ActorType.SYSTEM) {
      throw new BusinessRuleViolation("priceList.systemOnly");
    }
    List<PriceListItem> checked = checkedItems(items);
    locks.lock(LOCK);
    Instant now = clock.instant();
    PriceListRecord list = saveDraft(month, checked, now);
    // the items are written before the list becomes published: afterwards the database refuses
    lists.flush();
    list.publish(publishedAt, system.name());
    auditLog.record(
        AuditEntry.of(system, "priceList.imported")
            .target("priceList", month)
            .detail("items", checked.size())
            .detail("publishedAt", publishedAt)
            .build());
  }

  @Override
  public void publish(YearMonth month, Actor operator) {
    requireOperator(operator);
    locks.lock(LOCK);
    PriceListRecord draft =
        lists.findByMonth(month.atDay(1)).orElseThrow(() -> new NotFound("priceList.notFound"));
    requireDraft(draft);
    LocalDate effective = month.atDay(1);
    LocalDate lastDay = effective.minusDays(NOTICE_DAYS);
    if (today().isAfter(lastDay)) {
      throw new BusinessRuleViolation("priceList.publish.tooLate", effective, lastDay);
    }
    Set<String> priced =
        draft.items().stream().map(PriceListItem::durableOfferId).collect(Collectors.toSet());
    List<String> unpriced =
        catalog.offers().stream()
            .filter(offer -> !priced.contains(offer.durableOfferId()))
            .map(Offer::name)
            .toList();
    if (!unpriced.isEmpty()) {
      throw new BusinessRuleViolation(
          "priceList.publish.missingPrices", String.join(", ", unpriced));
    }
    Instant now = clock.instant();
    draft.publish(now, operator.name());
    auditLog.record(
        AuditEntry.of(operator, "priceList.published")
            .target("priceList", month)
            .detail("items", priced.size())
            .build());
  }

  private Optional<PriceList> published(YearMonth month) {
    return lists
        .findByMonth(month.atDay(1))
        .filter(PriceListRecord::published)
        .map(this::toPriceList);
  }

  /** The list with its items in catalog order and its prices as shown. */
  private PriceList toPriceList(PriceListRecord record) {
    Map<String, Integer> order = new HashMap<>();
    List<Offer> offers = catalog.offers();
    for (int i = 0; i < offers.size(); i++) {
      order.put(offers.get(i).durableOfferId(), i);
    }
    List<PriceListItem> items =
        record.items().stream()
            .sorted(Comparator.comparing(item -> order.getOrDefault(item.durableOfferId(), 0)))
            .map(
                item ->
                    new PriceListItem(
                        item.durableOfferId(),
                        item.offerName(),
                        item.billingType(),
                        PriceListCsv.forDisplay(item.unitPrice())))
            .toList();
    return new PriceList(YearMonth.from(record.month()), record.publishedAt(), items);
  }

  /** Imported items must fit the catalog as an upload must: known offers, each once, valid. */
  private List<PriceListItem> checkedItems(List<PriceListItem> items) {
    if (items == null || items.isEmpty()) {
      throw new BusinessRuleViolation("priceList.csv.empty");
    }
    Set<String> seen = new HashSet<>();
    return items.stream()
        .map(
            item -> {
              Offer offer =
                  catalog
                      .findByDurableOfferId(item.durableOfferId())
                      .orElseThrow(() -> new NotFound("catalog.offer.notFound"));
              if (!seen.add(offer.durableOfferId())
                  || item.billingType() != offer.billingType()
                  || !PriceListCsv.isValidPrice(item.unitPrice())) {
                throw new BusinessRuleViolation("priceList.item.invalid", offer.name());
              }
              return new PriceListItem(
                  offer.durableOfferId(), offer.name(), offer.billingType(), item.unitPrice());
            })
        .toList();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  /** Drafts are prepared only for months still to come. */
  private void requireNotStarted(YearMonth month) {
    if (!today().isBefore(month.atDay(1))) {
      throw new BusinessRuleViolation("priceList.month.started", month);
    }
  }

  /** The month's draft with these items: a new one, or the existing draft's items replaced. */
  private PriceListRecord saveDraft(YearMonth month, List<PriceListItem> items, Instant now) {
    return lists
        .findByMonth(month.atDay(1))
        .map(
            draft -> {
              requireDraft(draft);
              draft.replaceItems(items, now);
              return draft;
            })
        .orElseGet(() -> lists.save(new PriceListRecord(month.atDay(1), items, now)));
  }

  private static void requireDraft(PriceListRecord list) {
    if (list.published()) {
      throw new BusinessRuleViolation("priceList.published", YearMonth.from(list.month()));
    }
  }

  /** Price lists are 21Vianet's: its operators (and trusted system jobs) prepare and publish. */
  private static void requireOperator(Actor actor) {
    if (actor.type() != ActorType.OPERATOR && actor.type() != ActorType.SYSTEM) {
      throw new BusinessRuleViolation("priceList.operatorsOnly");
    }
  }
}
