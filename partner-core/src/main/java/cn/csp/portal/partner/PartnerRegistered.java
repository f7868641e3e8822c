package cn.csp.portal.partner;

import java.util.UUID;

/** Published after a partner has been created. */
public record PartnerRegistered(UUID partnerId, String mpnId, PartnerStatus status) {}
