package cn.csp.portal.customer.internal;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.QueryHints;

interface PartnerRelationshipRepository
    extends JpaRepository<PartnerRelationship, PartnerRelationship.Key> {

  long countByKeyPartnerId(UUID partnerId);

  List<PartnerRelationship> findByKeyCustomerIdOrderByEstablishedAt(UUID customerId);

  /** Bulk reads for a whole partner (the billing run): read-only, no snapshots kept. */
  @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
  List<PartnerRelationship> findByKeyPartnerIdAndKeyCustomerIdIn(
      UUID partnerId, Collection<UUID> customerIds);
}
