package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.SubscriptionStatus;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionRepository extends JpaRepository<SubscriptionRecord, UUID> {

  /** Locks the row: changes to one subscription are serialised, so none is lost. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from SubscriptionRecord s where s.id = :id")
  Optional<SubscriptionRecord> findByIdForUpdate(UUID id);

  /** What a partner sees of a customer: its own subscriptions and those it is the reseller of. */
  @Query(
      """
      select s from SubscriptionRecord s
      where s.customerId = :customerId and (s.partnerId = :partnerId or s.resellerPartnerId = :partnerId)
      order by s.createdAt, s.lineNumber
      """)
  List<SubscriptionRecord> findVisible(UUID partnerId, UUID customerId);

  /** The customer's subscriptions with every partner, in the given states. */
  List<SubscriptionRecord> findByCustomerIdAndStatusIn(
      UUID customerId, Collection<SubscriptionStatus> statuses);

  List<SubscriptionRecord> findByOrderIdOrderByLineNumber(String orderId);

  /** Per partner of record among {@code partnerIds}: its id and its number of subscriptions. */
  @Query(
      """
      select s.partnerId, count(s) from SubscriptionRecord s
      where s.partnerId in :partnerIds group by s.partnerId
      """)
  List<Object[]> countByPartner(Collection<UUID> partnerIds);

  List<SubscriptionRecord> findByParentSubscriptionIdAndStatusIn(
      UUID parentSubscriptionId, Collection<SubscriptionStatus> statuses);

  @Query(
      """
      select s.id from SubscriptionRecord s
      where s.status = cn.csp.portal.subscription.SubscriptionStatus.SUSPENDED
        and s.suspendedOn <= :suspendedOnOrBefore
      """)
  List<UUID> findSuspendedOnOrBefore(LocalDate suspendedOnOrBefore);

  @Query(
      """
      select s.id from SubscriptionRecord s
      where s.status = cn.csp.portal.subscription.SubscriptionStatus.ACTIVE
        and s.autoRenew = true and s.commitmentEndDate < :today
      """)
  List<UUID> findTermsEndedBefore(LocalDate today);
}
