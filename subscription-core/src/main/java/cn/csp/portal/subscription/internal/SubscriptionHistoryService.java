package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionEventType;
import cn.csp.portal.subscription.SubscriptionHistory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SubscriptionHistoryService implements SubscriptionHistory {

  private static final int COUNT_CHUNK = 10_000;

  private final SubscriptionRepository subscriptions;
  private final SubscriptionEventRepository events;
  private final JdbcClient jdbc;

  SubscriptionHistoryService(
      SubscriptionRepository subscriptions, SubscriptionEventRepository events, JdbcClient jdbc) {
    this.subscriptions = subscriptions;
    this.events = events;
    this.jdbc = jdbc;
  }

  @Override
  public List<BillableSubscription> billableSubscriptions(UUID partnerId, LocalDate upTo) {
    // A large partner has hundreds of thousands of rows here, read inside the billing run's
    // transaction: they are read as values with plain JDBC, never as entities its persistence
    // context would track (Hibernate's projections built each row by reflection)
    Map<UUID, List<SubscriptionEvent>> history =
        historyOf(partnerId, upTo).stream()
            .collect(Collectors.groupingBy(SubscriptionEvent::subscriptionId));
    return billedAs(partnerId).stream()
        .filter(s -> history.containsKey(s.id()))
        .map(s -> s.withHistory(history.get(s.id())))
        .toList();
  }

  /** The partner's whole history up to a day. */
  private List<SubscriptionEvent> historyOf(UUID partnerId, LocalDate upTo) {
    return jdbc.sql(
            """
            select subscription_id, sequence, type, effective_date, quantity_after, unit_price,
                   related_subscription_id, recorded_at
              from subscription_event
             where partner_id = :partnerId and effective_date <= :upTo
            """)
        .param("partnerId", partnerId)
        .param("upTo", upTo)
        .query(
            (rs, row) ->
                new SubscriptionEvent(
                    rs.getObject(1, UUID.class),
                    rs.getInt(2),
                    SubscriptionEventType.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class),
                    rs.getInt(5),
                    rs.getBigDecimal(6),
                    rs.getObject(7, UUID.class),
                    rs.getTimestamp(8).toInstant()))
        .list();
  }

  /** All of the partner's subscriptions as billing names them, by customer and creation. */
  private List<SubscriptionBilledAs> billedAs(UUID partnerId) {
    return jdbc.sql(
            """
            select id, customer_id, order_id, offer_id, durable_offer_id, offer_name,
                   friendly_name, billing_type, reseller_mpn_id
              from subscription
             where partner_id = :partnerId
             order by customer_id, created_at, line_number
            """)
        .param("partnerId", partnerId)
        .query(
            (rs, row) ->
                new SubscriptionBilledAs(
                    rs.getObject(1, UUID.class),
                    partnerId,
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    BillingType.valueOf(rs.getString(8)),
                    rs.getString(9)))
        .list();
  }

  @Override
  public Map<UUID, Long> subscriptionCounts(Collection<UUID> partnerIds) {
    Map<UUID, Long> counts = new HashMap<>();
    List<UUID> ids = List.copyOf(partnerIds);
    // chunked: PostgreSQL takes at most 65,535 bind parameters in one statement
    for (int from = 0; from < ids.size(); from += COUNT_CHUNK) {
      for (Object[] row :
          subscriptions.countByPartner(
              ids.subList(from, Math.min(ids.size(), from + COUNT_CHUNK)))) {
        counts.put((UUID) row[0], (Long) row[1]);
      }
    }
    return counts;
  }

  @Override
  public Optional<BillableSubscription> findBillable(UUID subscriptionId) {
    return subscriptions
        .findById(subscriptionId)
        .map(
            s ->
                s.billedAs()
                    .withHistory(
                        events.findByKeySubscriptionIdOrderByKeySequence(subscriptionId).stream()
                            .map(SubscriptionEventRecord::toEvent)
                            .toList()));
  }
}
