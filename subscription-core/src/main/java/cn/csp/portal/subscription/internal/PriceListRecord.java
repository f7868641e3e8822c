package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.PriceListItem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The price list of one month, identified by the month's first day. A draft until published; after
 * that the database itself refuses every change to it (a trigger), so the code's checks are not the
 * only guard.
 */
@Entity
@Table(name = "price_list")
class PriceListRecord {

  @Id private LocalDate month;
  private Instant publishedAt;
  private String publishedBy;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private Long version;

  // replaced as a whole on every change: a list has a dozen items, and a draft's upload replaces
  // them all anyway
  @ElementCollection
  @CollectionTable(name = "price_list_item", joinColumns = @JoinColumn(name = "month"))
  private List<Item> items = new ArrayList<>();

  protected PriceListRecord() {}

  PriceListRecord(LocalDate month, List<PriceListItem> items, Instant now) {
    this.month = month;
    this.createdAt = now;
    replaceItems(items, now);
  }

  LocalDate month() {
    return month;
  }

  boolean published() {
    return publishedAt != null;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  List<PriceListItem> items() {
    return items.stream().map(Item::toItem).toList();
  }

  Optional<BigDecimal> priceOf(String durableOfferId) {
    return items.stream()
        .filter(item -> item.durableOfferId.equals(durableOfferId))
        .findFirst()
        .map(item -> item.unitPrice);
  }

  void replaceItems(List<PriceListItem> newItems, Instant now) {
    requireDraft();
    items.clear();
    newItems.forEach(item -> items.add(new Item(item)));
    updatedAt = now;
  }

  /** Sets one offer's price, adding the offer to the list if it had none. */
  void setPrice(PriceListItem newItem, Instant now) {
    requireDraft();
    items.removeIf(item -> item.durableOfferId.equals(newItem.durableOfferId()));
    items.add(new Item(newItem));
    updatedAt = now;
  }

  void publish(Instant at, String by) {
    requireDraft();
    publishedAt = at;
    publishedBy = by;
    updatedAt = at;
  }

  private void requireDraft() {
    if (published()) {
      throw new IllegalStateException("The price list of " + month + " is published");
    }
  }

  @Embeddable
  static class Item {

    private String durableOfferId;
    private String offerName;

    @Enumerated(EnumType.STRING)
    private BillingType billingType;

    @Column(precision = 12, scale = 4)
    private BigDecimal unitPrice;

    protected Item() {}

    Item(PriceListItem item) {
      this.durableOfferId = item.durableOfferId();
      this.offerName = item.offerName();
      this.billingType = item.billingType();
      this.unitPrice = item.unitPrice();
    }

    PriceListItem toItem() {
      return new PriceListItem(durableOfferId, offerName, billingType, unitPrice);
    }
  }
}
