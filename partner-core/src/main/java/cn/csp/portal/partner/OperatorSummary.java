package cn.csp.portal.partner;

import java.util.UUID;

/** A 21Vianet operator as other operators see it, e.g. to assign work to. */
public record OperatorSummary(UUID id, String displayName, String email, boolean enabled) {}
