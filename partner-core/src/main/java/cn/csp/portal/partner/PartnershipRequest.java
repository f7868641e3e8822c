package cn.csp.portal.partner;

import java.time.Instant;
import java.util.UUID;

/**
 * A provider's request to resell through a partner, as the personalised link finds it.
 *
 * @param resellerId the only partner that may see and authorize the request
 */
public record PartnershipRequest(
    UUID providerId,
    String providerCompanyName,
    String providerMpnId,
    UUID resellerId,
    PartnershipStatus status,
    Instant requestedAt) {}
