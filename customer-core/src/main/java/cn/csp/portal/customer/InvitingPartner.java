package cn.csp.portal.customer;

import java.util.UUID;

/** Who sends an invitation, as the customer admin sees it before accepting. */
public record InvitingPartner(UUID partnerId, String companyName, String mpnId) {}
