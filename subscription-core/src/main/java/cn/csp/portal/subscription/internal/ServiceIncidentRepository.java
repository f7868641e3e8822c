package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.CloudService;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ServiceIncidentRepository extends JpaRepository<ServiceIncidentRecord, UUID> {

  List<ServiceIncidentRecord> findByServiceInAndEndTimeIsNull(
      Collection<CloudService> services, Sort sort);

  Page<ServiceIncidentRecord> findByServiceIn(Collection<CloudService> services, Pageable page);

  /** Serialises the changes of one incident: an update never overwrites another, nor an end. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from ServiceIncidentRecord i where i.id = :id")
  Optional<ServiceIncidentRecord> lockById(UUID id);
}
