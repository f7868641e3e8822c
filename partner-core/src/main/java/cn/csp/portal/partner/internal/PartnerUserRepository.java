package cn.csp.portal.partner.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerUserRepository extends JpaRepository<PartnerUser, UUID> {

  /** Sign-in lookup: the one query that is not partner-scoped, because it finds the partner. */
  Optional<PartnerUser> findByEmail(String normalisedEmail);

  boolean existsByEmail(String normalisedEmail);
}
