package cn.csp.portal.subscription.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An order as placed; its lines are the subscriptions that carry its id. */
@Entity
@Table(name = "customer_order")
class OrderRecord {

  @Id private String id;
  private UUID partnerId;
  private UUID customerId;
  private String requestId;
  private String createdBy;
  private Instant createdAt;

  protected OrderRecord() {}

  String id() {
    return id;
  }

  UUID partnerId() {
    return partnerId;
  }

  UUID customerId() {
    return customerId;
  }

  Instant createdAt() {
    return createdAt;
  }
}
