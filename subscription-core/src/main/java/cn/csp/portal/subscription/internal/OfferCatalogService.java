package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.CustomerSegment;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The catalog is reference data shipped by the migration and never changed by the portal, so it is
 * read once, on first use, and kept in memory. Only the partners' pins are read per call.
 */
@Service
class OfferCatalogService implements OfferCatalog {

  /** Segment, then 21Vianet's display order (by name within a segment), then name. */
  private static final Comparator<Row> CATALOG_ORDER =
      Comparator.comparing((Row row) -> row.segment().ordinal())
          .thenComparingInt(Row::displayOrder)
          .thenComparing(Row::name);

  private final JdbcClient jdbc;
  private final CatalogPinRepository pins;
  private volatile Snapshot snapshot;

  OfferCatalogService(JdbcClient jdbc, CatalogPinRepository pins) {
    this.jdbc = jdbc;
    this.pins = pins;
  }

  @Override
  public List<Offer> offers() {
    return catalog().offers();
  }

  @Override
  public List<Offer> offersFor(UUID partnerId) {
    Snapshot catalog = catalog();
    List<Offer> ordered = new ArrayList<>();
    for (CatalogPin pin : pins.findByKeyPartnerIdOrderByPosition(partnerId)) {
      ordered.add(catalog.byId().get(pin.offerId()));
    }
    catalog.offers().stream()
        .filter(offer -> !offer.addOn() && !ordered.contains(offer))
        .forEach(ordered::add);
    return List.copyOf(ordered);
  }

  @Override
  public Optional<Offer> find(String offerId) {
    return offerId == null
        ? Optional.empty()
        : Optional.ofNullable(catalog().byId().get(offerId.strip().toUpperCase(Locale.ROOT)));
  }

  @Override
  public Optional<Offer> findByDurableOfferId(String durableOfferId) {
    return durableOfferId == null
        ? Optional.empty()
        : Optional.ofNullable(
            catalog().byDurableId().get(durableOfferId.strip().toUpperCase(Locale.ROOT)));
  }

  @Override
  public List<Offer> addOnsOf(String parentOfferId) {
    return find(parentOfferId)
        .map(
            parent ->
                catalog().offers().stream()
                    .filter(offer -> offer.isAddOnOf(parent.offerId()))
                    .toList())
        .orElse(List.of());
  }

  @Override
  public List<Offer> upgradeTargetsOf(String offerId) {
    return find(offerId)
        .map(from -> catalog().upgradeTargets().getOrDefault(from.offerId(), List.of()))
        .orElse(List.of());
  }

  private Snapshot catalog() {
    Snapshot loaded = snapshot;
    if (loaded == null) {
      synchronized (this) {
        loaded = snapshot;
        if (loaded == null) {
          loaded = load();
          snapshot = loaded;
        }
      }
    }
    return loaded;
  }

  private Snapshot load() {
    Map<String, List<String>> parents = new HashMap<>();
    jdbc.sql("select offer_id, parent_offer_id from offer_parent order by parent_offer_id")
        .query(
            rs -> {
              parents
                  .computeIfAbsent(rs.getString("offer_id"), id -> new ArrayList<>())
                  .add(rs.getString("parent_offer_id"));
            });
    Map<String, Set<CloudService>> services = new HashMap<>();
    jdbc.sql("select offer_id, service from offer_service")
        .query(
            rs -> {
              services
                  .computeIfAbsent(
                      rs.getString("offer_id"), id -> EnumSet.noneOf(CloudService.class))
                  .add(CloudService.valueOf(rs.getString("service")));
            });
    List<Row> rows =
        jdbc.sql("select * from offer")
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString("offer_id"),
                        rs.getString("durable_offer_id"),
                        rs.getString("name"),
                        rs.getString("description"),
                        CustomerSegment.valueOf(rs.getString("segment")),
                        BillingType.valueOf(rs.getString("billing_type")),
                        rs.getString("unit_type"),
                        rs.getInt("min_quantity"),
                        rs.getInt("max_quantity"),
                        rs.getBoolean("add_on"),
                        rs.getInt("display_order")))
            .list();
    List<Row> sorted = rows.stream().sorted(CATALOG_ORDER).toList();
    // parents in catalog order, so an add-on lists them as the catalog does
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      position.put(sorted.get(i).offerId(), i);
    }
    List<Offer> offers =
        sorted.stream()
            .map(
                row ->
                    new Offer(
                        row.offerId(),
                        row.durableOfferId(),
                        row.name(),
                        row.description(),
                        row.segment(),
                        row.billingType(),
                        row.unitType(),
                        row.minQuantity(),
                        row.maxQuantity(),
                        row.addOn(),
                        parents.getOrDefault(row.offerId(), List.of()).stream()
                            .sorted(Comparator.comparing(position::get))
                            .toList(),
                        Collections.unmodifiableSet(
                            services.getOrDefault(
                                row.offerId(), EnumSet.noneOf(CloudService.class)))))
            .toList();
    Map<String, Offer> byId =
        offers.stream().collect(Collectors.toUnmodifiableMap(Offer::offerId, Function.identity()));
    Map<String, Offer> byDurableId =
        offers.stream()
            .collect(Collectors.toUnmodifiableMap(Offer::durableOfferId, Function.identity()));
    Map<String, List<Offer>> upgrades = new LinkedHashMap<>();
    jdbc.sql("select from_offer_id, to_offer_id from upgrade_path order by display_order")
        .query(
            rs -> {
              upgrades
                  .computeIfAbsent(rs.getString("from_offer_id"), id -> new ArrayList<>())
                  .add(byId.get(rs.getString("to_offer_id")));
            });
    upgrades.replaceAll((from, targets) -> List.copyOf(targets));
    return new Snapshot(offers, byId, byDurableId, Map.copyOf(upgrades));
  }

  private record Row(
      String offerId,
      String durableOfferId,
      String name,
      String description,
      CustomerSegment segment,
      BillingType billingType,
      String unitType,
      int minQuantity,
      int maxQuantity,
      boolean addOn,
      int displayOrder) {}

  private record Snapshot(
      List<Offer> offers,
      Map<String, Offer> byId,
      Map<String, Offer> byDurableId,
      Map<String, List<Offer>> upgradeTargets) {}
}
