package cn.csp.portal.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as placed: one subscription per line. */
public record PlacedOrder(
    String orderId, UUID customerId, UUID partnerId, Instant creationDate, List<Line> lines) {

  public record Line(
      int lineNumber, String offerId, int quantity, String friendlyName, UUID subscriptionId) {}
}
