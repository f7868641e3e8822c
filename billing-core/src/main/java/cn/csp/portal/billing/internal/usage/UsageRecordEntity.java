package cn.csp.portal.billing.internal.usage;

import cn.csp.portal.billing.NewUsageRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** One imported usage reading, written once (unbilled_usage lists those a run has yet to bill). */
@Entity
@Table(name = "usage_record")
class UsageRecordEntity implements Persistable<UUID> {

  @Id private UUID id;
  private UUID partnerId;
  private UUID customerId;
  private UUID subscriptionId;
  private LocalDate usageDate;
  private String serviceName;
  private String serviceType;
  private String resourceGuid;
  private String resourceName;
  private String region;
  private String sku;
  private String detailLineItemId;
  private BigDecimal consumedQuantity;
  private BigDecimal includedQuantity;
  private String meteredRegion;
  private String meteredService;
  private String meteredServiceType;
  private String project;
  private String serviceInfo;
  private Instant importedAt;
  private UUID importBatchId;

  // ids are assigned here, so Spring Data must be told a new record is new (else it merges: a
  // select per row)
  @Transient private boolean isNew;

  protected UsageRecordEntity() {}

  static UsageRecordEntity imported(
      NewUsageRecord usage, UUID partnerId, UUID customerId, UUID batchId, Instant importedAt) {
    UsageRecordEntity entity = new UsageRecordEntity();
    entity.id = UUID.randomUUID();
    entity.isNew = true;
    entity.partnerId = partnerId;
    entity.customerId = customerId;
    entity.subscriptionId = usage.subscriptionId();
    entity.usageDate = usage.usageDate();
    entity.serviceName = usage.serviceName();
    entity.serviceType = usage.serviceType();
    entity.resourceGuid = usage.resourceGuid();
    entity.resourceName = usage.resourceName();
    entity.region = usage.region();
    entity.sku = usage.sku();
    entity.detailLineItemId = usage.detailLineItemId();
    entity.consumedQuantity = usage.consumedQuantity();
    entity.includedQuantity = usage.includedQuantity();
    entity.meteredRegion = usage.meteredRegion();
    entity.meteredService = usage.meteredService();
    entity.meteredServiceType = usage.meteredServiceType();
    entity.project = usage.project();
    entity.serviceInfo = usage.serviceInfo();
    entity.importBatchId = batchId;
    entity.importedAt = importedAt;
    return entity;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  UsageKey key() {
    return new UsageKey(subscriptionId, usageDate, resourceGuid, region, detailLineItemId, project);
  }
}
