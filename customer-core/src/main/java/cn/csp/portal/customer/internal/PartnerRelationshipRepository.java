package cn.csp.portal.customer.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRelationshipRepository
    extends JpaRepository<PartnerRelationship, PartnerRelationship.Key> {

  List<PartnerRelationship> findByKeyCustomerIdOrderByEstablishedAt(UUID customerId);
}
