package cn.csp.portal.web.api.model;

import cn.csp.portal.subscription.PlacedOrder;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * One line of an order: in a request the offer, quantity and nickname to buy (and, for an add-on,
 * the subscription it is bought with); in a response also the subscription the line created.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderLineItemJson(
    Integer lineItemNumber,
    String offerId,
    String subscriptionId,
    String parentSubscriptionId,
    String friendlyName,
    Integer quantity,
    ResourceLinks links,
    ResourceAttributes attributes) {

  public static OrderLineItemJson of(UUID customerId, PlacedOrder.Line line) {
    String subscription = line.subscriptionId().toString();
    return new OrderLineItemJson(
        line.lineNumber(),
        line.offerId(),
        subscription,
        null,
        line.friendlyName(),
        line.quantity(),
        new ResourceLinks()
            .with(
                "subscription",
                Link.get("customers/" + customerId + "/subscriptions/" + subscription)),
        ResourceAttributes.of("OrderLineItem"));
  }
}
