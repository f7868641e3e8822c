package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionEventType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/** One row of the append-only history; the table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "subscription_event")
class SubscriptionEventRecord implements Persistable<SubscriptionEventRecord.Key> {

  @EmbeddedId private Key key;
  private UUID partnerId;

  @Enumerated(EnumType.STRING)
  private SubscriptionEventType type;

  private LocalDate effectiveDate;
  private int quantityAfter;
  private BigDecimal unitPrice;
  private UUID relatedSubscriptionId;
  private Instant recordedAt;
  private String recordedBy;

  protected SubscriptionEventRecord() {}

  SubscriptionEventRecord(
      SubscriptionRecord subscription,
      int sequence,
      SubscriptionEventType type,
      LocalDate effectiveDate,
      UUID relatedSubscriptionId,
      Instant recordedAt,
      String recordedBy) {
    this.key = new Key(subscription.id(), sequence);
    this.partnerId = subscription.partnerId();
    this.type = type;
    this.effectiveDate = effectiveDate;
    this.quantityAfter = subscription.status().isFinal() ? 0 : subscription.quantity();
    this.unitPrice = subscription.unitPrice();
    this.relatedSubscriptionId = relatedSubscriptionId;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  @Override
  public Key getId() {
    return key;
  }

  /** Always inserted, never merged: a sequence number used twice fails instead of vanishing. */
  @Override
  public boolean isNew() {
    return true;
  }

  SubscriptionEvent toEvent() {
    return new SubscriptionEvent(
        key.subscriptionId(),
        key.sequence(),
        type,
        effectiveDate,
        quantityAfter,
        unitPrice,
        relatedSubscriptionId,
        recordedAt);
  }

  @Embeddable
  record Key(UUID subscriptionId, int sequence) implements Serializable {}
}
