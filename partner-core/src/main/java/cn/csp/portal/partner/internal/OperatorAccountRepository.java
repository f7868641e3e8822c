package cn.csp.portal.partner.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorAccountRepository extends JpaRepository<OperatorAccount, UUID> {

  Optional<OperatorAccount> findByEmail(String normalisedEmail);

  boolean existsByEmail(String normalisedEmail);
}
