package cn.csp.portal.partner;

import java.time.Instant;
import java.util.UUID;

/**
 * The other side of an indirect partnership, as one partner's list shows it.
 *
 * @param partnerId the other partner
 * @param authorizedAt null while the request awaits the reseller
 */
public record IndirectPartner(
    UUID partnerId,
    String companyName,
    String mpnId,
    PartnershipStatus status,
    Instant requestedAt,
    Instant authorizedAt) {}
