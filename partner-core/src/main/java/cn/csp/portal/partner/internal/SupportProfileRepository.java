package cn.csp.portal.partner.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Keyed by partner id, so every lookup is partner-scoped by construction. */
interface SupportProfileRepository extends JpaRepository<SupportProfileRecord, UUID> {}
