package cn.csp.portal.partner;

import java.time.Instant;
import java.util.UUID;

/** A partner user as the user management pages list and show them. */
public record PartnerUserSummary(
    UUID id,
    String email,
    String fullName,
    AgentRole agentRole,
    AdminRole adminRole,
    boolean enabled,
    boolean mustChangePassword,
    Instant createdAt) {}
