package cn.csp.portal.web.api.v1;

import static cn.csp.portal.partner.Permission.CUSTOMER_VIEW;
import static cn.csp.portal.partner.Permission.SUBSCRIPTION_MANAGE;

import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PlacedOrder;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.IdempotentCreates;
import cn.csp.portal.web.api.model.OrderJson;
import cn.csp.portal.web.api.model.OrderLineItemJson;
import cn.csp.portal.web.api.model.ResourceCollection;
import cn.csp.portal.web.security.RequiresPermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's orders (contract 8: create, list, get). Ordering needs {@code subscription:manage}
 * as "Add subscription" does, reading needs {@code customer:view}. An order is the facade's {@link
 * NewOrder}: one subscription per line, and the facade makes it idempotent by the request id, for
 * which the API passes the client's {@code MS-RequestId} (the SDK keeps it across its retries), so
 * a retry answers the first order and buys nothing twice.
 */
@RestController
@RequestMapping("/v1/customers/{customerId}/orders")
@RequiresPermission(CUSTOMER_VIEW)
class OrdersApiController {

  private final Subscriptions subscriptions;
  private final OfferCatalog catalog;
  private final SmartValidator validator;

  OrdersApiController(Subscriptions subscriptions, OfferCatalog catalog, SmartValidator validator) {
    this.subscriptions = subscriptions;
    this.catalog = catalog;
    this.validator = validator;
  }

  @PostMapping
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  ResponseEntity<OrderJson> create(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @RequestHeader(value = IdempotentCreates.REQUEST_ID_HEADER, required = false)
          String requestId,
      @RequestBody OrderJson order)
      throws BindException {
    NewOrder newOrder = newOrder(customerId, requestId, order);
    PlacedOrder placed =
        subscriptions.placeOrder(caller.partnerId(), customerId, newOrder, caller.actor());
    return ResponseEntity.status(HttpStatus.CREATED).body(OrderJson.of(placed));
  }

  /**
   * @param includePrice accepted as the SDK sends it; orders carry no prices either way
   */
  @GetMapping
  ResourceCollection<OrderJson> list(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @RequestParam(name = "include_price", required = false) Boolean includePrice) {
    return ResourceCollection.of(
        subscriptions.ordersOf(caller.partnerId(), customerId, caller.actor()).stream()
            .map(OrderJson::of)
            .toList(),
        "customers/" + customerId + "/orders");
  }

  /**
   * @param includePrice accepted as the SDK sends it; orders carry no prices either way
   */
  @GetMapping("/{orderId}")
  OrderJson get(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @PathVariable String orderId,
      @RequestParam(name = "include_price", required = false) Boolean includePrice) {
    return OrderJson.of(
        subscriptions.findOrder(caller.partnerId(), customerId, orderId, caller.actor()));
  }

  /**
   * The facade's order for the request body. Refusals name the body's fields ({@code
   * lineItems[1].offerId}); the facade's own constraints on orders are checked here first so that
   * they are answered like any bad field rather than as a failed call.
   */
  private NewOrder newOrder(UUID customerId, String requestId, OrderJson order)
      throws BindException {
    if (order.referenceCustomerId() == null
        || !order.referenceCustomerId().strip().equalsIgnoreCase(customerId.toString())) {
      throw ApiRequestRefused.badInput(
          "referenceCustomerId", "api.commerce.order.otherCustomer", customerId);
    }
    if (order.billingCycle() != null && !order.billingCycle().isSoldOrUnstated()) {
      throw ApiRequestRefused.badInput(
          "billingCycle", "api.commerce.billingCycle", order.billingCycle().wire());
    }
    List<OrderLineItemJson> items = order.lineItems() == null ? List.of() : order.lineItems();
    if (items.isEmpty()) {
      throw ApiRequestRefused.badInput("lineItems", "api.commerce.order.noLineItems");
    }
    List<Integer> positions = inLineNumberOrder(items);
    List<OrderLine> lines = new ArrayList<>();
    for (int position : positions) {
      lines.add(line(items.get(position), "lineItems[" + position + "]."));
    }
    NewOrder newOrder =
        new NewOrder(
            requestId == null || requestId.isBlank()
                ? UUID.randomUUID().toString()
                : requestId.strip(),
            lines);
    requireValid(newOrder, order, positions);
    return newOrder;
  }

  /**
   * The positions of the line items in the order of their {@code lineItemNumber}, which must number
   * them from 0, each once, as the facade numbers the subscriptions it creates; without numbers,
   * the order they come in.
   */
  private static List<Integer> inLineNumberOrder(List<OrderLineItemJson> items) {
    List<Integer> positions = IntStream.range(0, items.size()).boxed().toList();
    if (items.stream().allMatch(item -> item.lineItemNumber() == null)) {
      return positions;
    }
    List<Integer> numbers = items.stream().map(OrderLineItemJson::lineItemNumber).toList();
    for (int position : positions) {
      Integer number = numbers.get(position);
      if (number == null
          || number < 0
          || number >= items.size()
          || numbers.indexOf(number) != position) {
        throw ApiRequestRefused.badInput(
            "lineItems[" + position + "].lineItemNumber",
            "api.commerce.order.lineItemNumbers",
            items.size() - 1);
      }
    }
    return positions.stream().sorted(Comparator.comparing(numbers::get)).toList();
  }

  private OrderLine line(OrderLineItemJson item, String field) {
    if (item == null) {
      throw ApiRequestRefused.badInput(
          field.substring(0, field.length() - 1), "api.commerce.order.noLineItems");
    }
    if (item.offerId() == null || item.offerId().isBlank()) {
      throw ApiRequestRefused.badInput(
          field + "offerId", "api.fault.missingParameter", field + "offerId");
    }
    if (catalog.find(item.offerId()).isEmpty()) {
      throw ApiRequestRefused.badInput(
          field + "offerId", "api.commerce.order.unknownOffer", item.offerId());
    }
    if (item.quantity() == null) {
      throw ApiRequestRefused.badInput(
          field + "quantity", "api.fault.missingParameter", field + "quantity");
    }
    return new OrderLine(
        item.offerId(),
        item.quantity(),
        item.friendlyName(),
        parentSubscriptionId(item.parentSubscriptionId(), field + "parentSubscriptionId"));
  }

  private static UUID parentSubscriptionId(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAUuid) {
      throw ApiRequestRefused.badInput(field, "api.fault.invalidValue", field);
    }
  }

  /**
   * Checks the facade's constraints on orders (quantities, lengths, the request id's form) and
   * refuses the first broken one under the body's or header's name.
   */
  private void requireValid(NewOrder newOrder, OrderJson order, List<Integer> positions)
      throws BindException {
    BeanPropertyBindingResult checked = new BeanPropertyBindingResult(newOrder, "order");
    validator.validate(newOrder, checked);
    if (!checked.hasErrors()) {
      return;
    }
    BeanPropertyBindingResult wire = new BeanPropertyBindingResult(order, "order");
    for (FieldError error : checked.getFieldErrors()) {
      wire.addError(
          new FieldError(
              "order",
              wireField(error.getField(), positions),
              error.getRejectedValue(),
              true,
              error.getCodes(),
              error.getArguments(),
              error.getDefaultMessage()));
    }
    throw new BindException(wire);
  }

  /** {@code lines[0].quantity} → {@code lineItems[<its position in the body>].quantity}. */
  private static String wireField(String field, List<Integer> positions) {
    if (field.equals("requestId")) {
      return IdempotentCreates.REQUEST_ID_HEADER;
    }
    if (field.startsWith("lines[")) {
      int close = field.indexOf(']');
      int line = Integer.parseInt(field.substring("lines[".length(), close));
      return "lineItems[" + positions.get(line) + "]" + field.substring(close + 1);
    }
    return field.replaceFirst("^lines", "lineItems");
  }
}
