package cn.csp.portal.subscription.internal;

import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.QueryHints;

interface SubscriptionEventRepository
    extends JpaRepository<SubscriptionEventRecord, SubscriptionEventRecord.Key> {

  List<SubscriptionEventRecord> findByKeySubscriptionIdOrderByKeySequence(UUID subscriptionId);

  /** A partner's whole history, for the billing run: read-only, so Hibernate keeps no snapshots. */
  @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
  List<SubscriptionEventRecord> findByPartnerIdAndEffectiveDateLessThanEqual(
      UUID partnerId, LocalDate upTo);
}
