package cn.csp.portal.subscription.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionEventRepository
    extends JpaRepository<SubscriptionEventRecord, SubscriptionEventRecord.Key> {

  List<SubscriptionEventRecord> findByKeySubscriptionIdOrderByKeySequence(UUID subscriptionId);
}
