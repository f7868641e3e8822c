package cn.csp.portal.subscription.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<OrderRecord, String> {

  Optional<OrderRecord> findByPartnerIdAndRequestId(UUID partnerId, String requestId);

  List<OrderRecord> findByPartnerIdAndCustomerIdOrderByCreatedAtDesc(
      UUID partnerId, UUID customerId);
}
