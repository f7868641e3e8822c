package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.LicenseAssignment;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "license_assignment")
class LicenseAssignmentRecord {

  @EmbeddedId private Key key;
  private UUID customerId;
  private Instant assignedAt;
  private String assignedBy;

  protected LicenseAssignmentRecord() {}

  LicenseAssignmentRecord(
      UUID subscriptionId, UUID customerUserId, UUID customerId, Instant now, String assignedBy) {
    this.key = new Key(subscriptionId, customerUserId);
    this.customerId = customerId;
    this.assignedAt = now;
    this.assignedBy = assignedBy;
  }

  LicenseAssignment toAssignment() {
    return new LicenseAssignment(key.subscriptionId(), key.customerUserId(), assignedAt);
  }

  @Embeddable
  record Key(UUID subscriptionId, UUID customerUserId) implements Serializable {}
}
