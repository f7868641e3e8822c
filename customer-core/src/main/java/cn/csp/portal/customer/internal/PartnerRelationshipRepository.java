package cn.csp.portal.customer.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRelationshipRepository
    extends JpaRepository<PartnerRelationship, PartnerRelationship.Key> {

  long countByKeyPartnerId(UUID partnerId);
}
