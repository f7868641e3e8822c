package cn.csp.portal.subscription.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LicenseAssignmentRepository
    extends JpaRepository<LicenseAssignmentRecord, LicenseAssignmentRecord.Key> {

  long countByKeySubscriptionId(UUID subscriptionId);

  List<LicenseAssignmentRecord> findByCustomerIdOrderByAssignedAt(UUID customerId);

  @Modifying
  @Query("delete from LicenseAssignmentRecord a where a.key.subscriptionId = :subscriptionId")
  int deleteBySubscriptionId(UUID subscriptionId);

  /** An upgrade takes the source's assignments over to the new subscription. */
  @Modifying
  @Query(
      value =
          "update license_assignment set subscription_id = :target where subscription_id = :source",
      nativeQuery = true)
  int moveAssignments(UUID source, UUID target);
}
