package cn.csp.portal.customer;

import cn.csp.portal.partner.SupportProfile;
import java.time.Instant;
import java.util.UUID;

/**
 * One of a customer's partners, as the customer admin center shows it: the relationship, whether
 * the partner holds delegated admin privileges, and how to reach its support (spec 2.29, 2.33).
 *
 * @param support null if the partner has not filled in its support profile
 */
public record CustomerPartner(
    UUID partnerId,
    String companyName,
    String mpnId,
    boolean delegatedAdmin,
    Instant since,
    Instant delegatedAdminRevokedAt,
    SupportProfile support) {}
