package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.SubscriptionEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionEventRepository
    extends JpaRepository<SubscriptionEventRecord, SubscriptionEventRecord.Key> {

  List<SubscriptionEventRecord> findByKeySubscriptionIdOrderByKeySequence(UUID subscriptionId);

  /**
   * A partner's whole history up to a day, for the billing run: read as values, not entities (a
   * large partner has hundreds of thousands of events, and entities would each be tracked by the
   * run's persistence context).
   */
  @Query(
      """
      select new cn.csp.portal.subscription.SubscriptionEvent(
          e.key.subscriptionId, e.key.sequence, e.type, e.effectiveDate, e.quantityAfter,
          e.unitPrice, e.relatedSubscriptionId, e.recordedAt)
      from SubscriptionEventRecord e
      where e.partnerId = :partnerId and e.effectiveDate <= :upTo
      """)
  List<SubscriptionEvent> findHistory(UUID partnerId, LocalDate upTo);
}
