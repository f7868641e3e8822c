package cn.csp.portal.billing.internal.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UsageRecordRepository extends JpaRepository<UsageRecordEntity, UUID> {

  /** Records that may share a key with an import: same subscriptions, same span of days. */
  List<UsageRecordEntity> findBySubscriptionIdInAndUsageDateBetween(
      Collection<UUID> subscriptionIds, LocalDate from, LocalDate to);

  /**
   * The run's unbilled records as plain values: a large partner bills hundreds of thousands, which
   * must not become managed entities (their snapshots would be held to the end of the run).
   */
  @Query(
      """
      select new cn.csp.portal.billing.internal.usage.UnbilledUsage(
          u.id, u.partnerId, u.customerId, u.subscriptionId, u.usageDate, u.serviceName,
          u.serviceType, u.resourceGuid, u.resourceName, u.region, u.sku, u.detailLineItemId,
          u.consumedQuantity, u.includedQuantity, u.meteredRegion, u.meteredService,
          u.meteredServiceType, u.project, u.serviceInfo)
      from UsageRecordEntity u
      where u.partnerId = :partnerId and u.billedInvoiceId is null and u.usageDate <= :upTo
      order by u.customerId, u.subscriptionId, u.usageDate, u.resourceGuid, u.region,
               u.detailLineItemId, u.project
      """)
  List<UnbilledUsage> findUnbilled(UUID partnerId, LocalDate upTo);

  long countByImportBatchId(UUID importBatchId);
}
