package cn.csp.portal.billing.internal.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UsageRecordRepository extends JpaRepository<UsageRecordEntity, UUID> {

  /** Records that may share a key with an import: same subscriptions, same span of days. */
  List<UsageRecordEntity> findBySubscriptionIdInAndUsageDateBetween(
      Collection<UUID> subscriptionIds, LocalDate from, LocalDate to);

  @Query(
      """
      select u from UsageRecordEntity u
      where u.partnerId = :partnerId and u.billedInvoiceId is null and u.usageDate <= :upTo
      order by u.customerId, u.subscriptionId, u.usageDate, u.resourceGuid, u.region,
               u.detailLineItemId, u.project
      """)
  List<UsageRecordEntity> findUnbilled(UUID partnerId, LocalDate upTo);

  /**
   * Marks still-unbilled records billed; returns how many it marked. The persistence context is not
   * cleared: the run's own entities in the same transaction stay managed.
   */
  @Modifying(flushAutomatically = true)
  @Query(
      """
      update UsageRecordEntity u set u.billedInvoiceId = :invoiceId
      where u.id in :ids and u.billedInvoiceId is null
      """)
  int markBilled(Collection<UUID> ids, String invoiceId);

  long countByImportBatchId(UUID importBatchId);
}
