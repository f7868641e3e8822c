package cn.csp.portal.billing.internal.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UsageRecordRepository extends JpaRepository<UsageRecordEntity, UUID> {

  /** Records that may share a key with an import: same subscriptions, same span of days. */
  List<UsageRecordEntity> findBySubscriptionIdInAndUsageDateBetween(
      Collection<UUID> subscriptionIds, LocalDate from, LocalDate to);

  long countByImportBatchId(UUID importBatchId);
}
