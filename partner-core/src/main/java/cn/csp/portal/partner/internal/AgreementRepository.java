package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.AgreementType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<AgreementRecord, UUID> {

  List<AgreementRecord> findAllByOrderByPublishedAtDesc();

  Optional<AgreementRecord> findFirstByTypeOrderByPublishedAtDesc(AgreementType type);

  boolean existsByTypeAndVersion(AgreementType type, String version);
}
