package cn.csp.portal.partner.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementAcceptanceRepository extends JpaRepository<AgreementAcceptanceRecord, UUID> {

  List<AgreementAcceptanceRecord> findByPartnerIdOrderByAcceptedAtDesc(UUID partnerId);

  boolean existsByPartnerIdAndAgreementId(UUID partnerId, UUID agreementId);
}
