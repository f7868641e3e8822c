package cn.csp.portal.partner;

import java.util.UUID;

/**
 * A provider asked a partner to become its indirect reseller; the reseller's global admins are
 * mailed the personalised link.
 */
public record IndirectPartnershipRequested(UUID providerId, UUID resellerId, String token) {}
