package cn.csp.portal.partner.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiApplicationRepository extends JpaRepository<ApiApplication, UUID> {

  List<ApiApplication> findByPartnerIdOrderByCreatedAtDesc(UUID partnerId);

  Optional<ApiApplication> findByIdAndPartnerId(UUID id, UUID partnerId);

  /** The token endpoint's lookup: not partner-scoped, because it finds the partner. */
  Optional<ApiApplication> findByClientIdAndRevokedAtIsNull(String clientId);

  boolean existsByClientId(String clientId);
}
