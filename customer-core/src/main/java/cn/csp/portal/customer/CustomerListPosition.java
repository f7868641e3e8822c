package cn.csp.portal.customer;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a walk through a partner's customer list stands: the sort key of the last customer served
 * (relationship start, then id), from which the next page continues (keyset paging).
 */
public record CustomerListPosition(Instant relationshipSince, UUID customerId) {

  public CustomerListPosition {
    Objects.requireNonNull(relationshipSince, "relationshipSince");
    Objects.requireNonNull(customerId, "customerId");
  }

  /** The position just after this customer. */
  public static CustomerListPosition after(CustomerSummary customer) {
    return new CustomerListPosition(customer.relationshipSince(), customer.id());
  }
}
