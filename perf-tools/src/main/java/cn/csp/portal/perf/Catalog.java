package cn.csp.portal.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * 21Vianet's offer catalog as the subscription module's migration seeds it, read back from the
 * migrated database, so generated subscriptions name exactly the offers, services, add-on parents
 * and upgrade paths the application knows.
 */
final class Catalog {

  record Offer(
      String offerId,
      String durableOfferId,
      String name,
      String segment,
      String billingType,
      String unitType,
      int minQuantity,
      int maxQuantity,
      boolean addOn,
      Set<String> services,
      Set<String> parents,
      List<String> upgradeTargets) {

    boolean usage() {
      return "USAGE".equals(billingType);
    }

    /** As {@code Offer.isAutoRenewable}: license terms renew, usage has none. */
    boolean autoRenewable() {
      return "LICENSE".equals(billingType);
    }

    boolean isAddOnOf(String parentOfferId) {
      return addOn && parents.contains(parentOfferId);
    }

    boolean allows(int quantity) {
      return quantity >= minQuantity && quantity <= maxQuantity;
    }
  }

  private final Map<String, Offer> byId;

  private Catalog(Map<String, Offer> byId) {
    this.byId = byId;
  }

  static Catalog load(Connection connection) throws SQLException {
    Map<String, Set<String>> services = new LinkedHashMap<>();
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    Map<String, List<String>> targets = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("select offer_id, service from offer_service")) {
        while (rs.next()) {
          services.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        }
      }
      try (ResultSet rs =
          statement.executeQuery("select offer_id, parent_offer_id from offer_parent")) {
        while (rs.next()) {
          parents.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        }
      }
      try (ResultSet rs =
          statement.executeQuery(
              "select from_offer_id, to_offer_id from upgrade_path order by from_offer_id,"
                  + " display_order")) {
        while (rs.next()) {
          targets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
      Map<String, Offer> offers = new LinkedHashMap<>();
      try (ResultSet rs =
          statement.executeQuery(
              "select offer_id, durable_offer_id, name, segment, billing_type, unit_type,"
                  + " min_quantity, max_quantity, add_on from offer"
                  + " order by segment, display_order, offer_id")) {
        while (rs.next()) {
          String id = rs.getString(1);
          offers.put(
              id,
              new Offer(
                  id,
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getInt(7),
                  rs.getInt(8),
                  rs.getBoolean(9),
                  Set.copyOf(services.getOrDefault(id, Set.of())),
                  Set.copyOf(parents.getOrDefault(id, Set.of())),
                  List.copyOf(targets.getOrDefault(id, List.of()))));
        }
      }
      if (offers.isEmpty()) {
        throw new IllegalStateException("The offer catalog is empty: were the migrations run?");
      }
      return new Catalog(offers);
    }
  }

  List<Offer> offers() {
    return List.copyOf(byId.values());
  }

  Offer get(String offerId) {
    Offer offer = byId.get(offerId);
    if (offer == null) {
      throw new IllegalArgumentException("No offer " + offerId);
    }
    return offer;
  }

  /** The offer of that name; the generator picks offers by product name. */
  Offer named(String name) {
    return find(name)
        .orElseThrow(() -> new IllegalStateException("The catalog has no offer named " + name));
  }

  Optional<Offer> find(String name) {
    return byId.values().stream().filter(o -> o.name().equals(name)).findFirst();
  }
}
