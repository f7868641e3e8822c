package cn.csp.portal.web.api.model;

import cn.csp.portal.kernel.Money;
import cn.csp.portal.subscription.PlacedOrder;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An order (contract 8.1, 8.2): in a request the customer, billing cycle and lines to buy; in a
 * response also its id, date and the subscription each line created. Orders are placed at once, so
 * every order is {@code completed}; prices are not shown ({@code include_price} is accepted and has
 * no effect).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderJson(
    String id,
    String referenceCustomerId,
    BillingCycleJson billingCycle,
    String currencyCode,
    String creationDate,
    String status,
    List<OrderLineItemJson> lineItems,
    ResourceLinks links,
    ResourceAttributes attributes) {

  /** An order's lines are subscriptions from the moment it is placed. */
  public static final String COMPLETED = "completed";

  public static OrderJson of(PlacedOrder order) {
    String uri = "customers/" + order.customerId() + "/orders/" + order.orderId();
    return new OrderJson(
        order.orderId(),
        order.customerId().toString(),
        BillingCycleJson.SOLD,
        Money.CNY.getCurrencyCode(),
        ApiDates.of(order.creationDate()),
        COMPLETED,
        order.lines().stream().map(line -> OrderLineItemJson.of(order.customerId(), line)).toList(),
        ResourceLinks.self(uri),
        ResourceAttributes.of("Order"));
  }
}
