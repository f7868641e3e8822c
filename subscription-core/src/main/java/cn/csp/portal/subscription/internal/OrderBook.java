package cn.csp.portal.subscription.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.subscription.PlacedOrder;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders and their idempotency. A request id is claimed with an insert that does nothing on a
 * conflict: a second submission of the same request waits for the first to commit and then finds
 * its order, so double clicks, browser retries and API retries never create a second order.
 */
@Component
class OrderBook {

  private final OrderRepository orders;
  private final SubscriptionRepository subscriptions;
  private final JdbcClient jdbc;
  private final Clock clock;

  OrderBook(
      OrderRepository orders, SubscriptionRepository subscriptions, JdbcClient jdbc, Clock clock) {
    this.orders = orders;
    this.subscriptions = subscriptions;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<OrderRecord> findByRequestId(UUID partnerId, String requestId) {
    return orders.findByPartnerIdAndRequestId(partnerId, requestId);
  }

  /**
   * Creates the order row for a request id not seen before.
   *
   * @return the new order's id, or empty when the request id is already taken
   */
  Optional<String> claim(UUID partnerId, UUID customerId, String requestId, Actor actor) {
    String orderId =
        String.valueOf(
            jdbc.sql("select nextval('customer_order_number_seq')").query(Long.class).single());
    int inserted =
        jdbc.sql(
                """
                insert into customer_order
                    (id, partner_id, customer_id, request_id, created_by, created_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (partner_id, request_id) do nothing
                """)
            .params(
                orderId,
                partnerId,
                customerId,
                requestId,
                actor.name(),
                java.sql.Timestamp.from(clock.instant()))
            .update();
    return inserted == 1 ? Optional.of(orderId) : Optional.empty();
  }

  /** The earlier order of a repeated request; the request id may not be reused elsewhere. */
  PlacedOrder sameOrder(OrderRecord earlier, UUID customerId) {
    if (!earlier.customerId().equals(customerId)) {
      throw new BusinessRuleViolation("order.requestIdReused");
    }
    return load(earlier.id());
  }

  PlacedOrder load(String orderId) {
    OrderRecord order = orders.findById(orderId).orElseThrow();
    List<PlacedOrder.Line> lines =
        subscriptions.findByOrderIdOrderByLineNumber(orderId).stream()
            .map(
                s ->
                    new PlacedOrder.Line(
                        s.lineNumber(), s.offerId(), s.quantity(), s.friendlyName(), s.id()))
            .toList();
    return new PlacedOrder(
        order.id(), order.customerId(), order.partnerId(), order.createdAt(), lines);
  }

  List<PlacedOrder> ordersOf(UUID partnerId, UUID customerId) {
    return orders.findByPartnerIdAndCustomerIdOrderByCreatedAtDesc(partnerId, customerId).stream()
        .map(order -> load(order.id()))
        .toList();
  }

  PlacedOrder find(UUID partnerId, UUID customerId, String orderId) {
    return orders
        .findById(orderId)
        .filter(o -> o.partnerId().equals(partnerId) && o.customerId().equals(customerId))
        .map(o -> load(o.id()))
        .orElseThrow(() -> new NotFound("order.notFound"));
  }
}
