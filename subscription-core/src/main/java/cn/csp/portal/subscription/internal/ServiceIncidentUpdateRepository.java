package cn.csp.portal.subscription.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceIncidentUpdateRepository extends JpaRepository<ServiceIncidentUpdateRecord, Long> {

  /** The messages of several incidents at once, each incident's oldest first. */
  List<ServiceIncidentUpdateRecord> findByIncidentIdInOrderByPostedAtAscIdAsc(
      Collection<UUID> incidentIds);
}
