package cn.csp.portal.partner;

import java.util.UUID;

/** Published after a user has been added to a partner. */
public record PartnerUserAdded(
    UUID partnerId, UUID userId, AgentRole agentRole, AdminRole adminRole) {}
