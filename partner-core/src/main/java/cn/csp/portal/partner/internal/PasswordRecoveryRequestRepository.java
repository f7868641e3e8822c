package cn.csp.portal.partner.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordRecoveryRequestRepository extends JpaRepository<PasswordRecoveryRequest, UUID> {

  long countByUserIdAndCreatedAtAfter(UUID userId, Instant since);

  long countByIpAddressAndCreatedAtAfter(String ipAddress, Instant since);

  /** Only the newest code of a user counts; asking again replaces the earlier one. */
  Optional<PasswordRecoveryRequest> findFirstByUserIdAndCodeHashNotNullOrderByCreatedAtDesc(
      UUID userId);
}
