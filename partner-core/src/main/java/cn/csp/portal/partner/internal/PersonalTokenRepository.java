package cn.csp.portal.partner.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalTokenRepository extends JpaRepository<PersonalToken, UUID> {

  List<PersonalToken> findByPartnerIdAndUserIdOrderByCreatedAtDesc(UUID partnerId, UUID userId);

  Optional<PersonalToken> findByIdAndPartnerId(UUID id, UUID partnerId);

  Optional<PersonalToken> findByIdAndPartnerIdAndUserId(UUID id, UUID partnerId, UUID userId);
}
