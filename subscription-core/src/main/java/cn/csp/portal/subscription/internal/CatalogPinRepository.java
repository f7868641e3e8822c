package cn.csp.portal.subscription.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CatalogPinRepository extends JpaRepository<CatalogPin, CatalogPin.Key> {

  List<CatalogPin> findByKeyPartnerIdOrderByPosition(UUID partnerId);

  long countByKeyPartnerId(UUID partnerId);

  /** Closes the gap an unpinned offer left; the position constraint is checked per statement. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update CatalogPin p set p.position = p.position - 1"
          + " where p.key.partnerId = :partnerId and p.position > :position")
  int moveUpAfter(UUID partnerId, int position);
}
