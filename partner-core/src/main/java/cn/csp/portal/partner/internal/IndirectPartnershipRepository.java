package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.PartnershipStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndirectPartnershipRepository extends JpaRepository<IndirectPartnership, UUID> {

  Optional<IndirectPartnership> findByRequestToken(String requestToken);

  List<IndirectPartnership> findByProviderId(UUID providerId);

  List<IndirectPartnership> findByResellerId(UUID resellerId);

  boolean existsByProviderIdAndResellerIdAndStatus(
      UUID providerId, UUID resellerId, PartnershipStatus status);

  boolean existsByProviderIdAndStatus(UUID providerId, PartnershipStatus status);

  boolean existsByResellerIdAndStatus(UUID resellerId, PartnershipStatus status);

  /** Whether the two partners are paired already, in either direction. */
  @Query(
      """
      select count(p) > 0 from IndirectPartnership p
      where (p.providerId = :one and p.resellerId = :other)
         or (p.providerId = :other and p.resellerId = :one)
      """)
  boolean existsBetween(UUID one, UUID other);
}
