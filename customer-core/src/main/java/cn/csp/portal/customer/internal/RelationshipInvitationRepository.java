package cn.csp.portal.customer.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RelationshipInvitationRepository
    extends JpaRepository<RelationshipInvitationRecord, UUID> {

  Optional<RelationshipInvitationRecord> findByToken(String token);
}
