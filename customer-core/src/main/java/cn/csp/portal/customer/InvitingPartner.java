package cn.csp.portal.customer;

import java.util.UUID;

/**
 * Who sends an invitation, as the customer admin sees it before accepting.
 *
 * @param resellerId the indirect reseller that forwarded its provider's link (spec 2.27), who gets
 *     a relationship too; null for a partner's own link
 * @param resellerCompanyName null when there is no reseller
 */
public record InvitingPartner(
    UUID partnerId,
    String companyName,
    String mpnId,
    UUID resellerId,
    String resellerCompanyName) {}
