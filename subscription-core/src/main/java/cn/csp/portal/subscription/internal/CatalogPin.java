package cn.csp.portal.subscription.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One of a partner's pinned offers, at a position from 1 to {@code CatalogPins.MAX_PINS}. */
@Entity
@Table(name = "catalog_pin")
class CatalogPin {

  @EmbeddedId private Key key;
  private int position;
  private Instant pinnedAt;

  protected CatalogPin() {}

  CatalogPin(UUID partnerId, String offerId, int position, Instant pinnedAt) {
    this.key = new Key(partnerId, offerId);
    this.position = position;
    this.pinnedAt = pinnedAt;
  }

  String offerId() {
    return key.offerId();
  }

  int position() {
    return position;
  }

  @Embeddable
  record Key(UUID partnerId, String offerId) implements Serializable {}
}
