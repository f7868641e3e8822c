package cn.csp.portal.customer;

import cn.csp.portal.partner.Contact;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer as one partner sees it: company details, billing profile and that partner's
 * relationship (whether it holds delegated admin privileges).
 *
 * @param billing null for customers created before billing profiles had an address
 */
public record CustomerAccount(
    UUID id,
    String companyName,
    String domain,
    String billableAccountId,
    Contact primaryContact,
    CustomerBillingProfile billing,
    boolean delegatedAdmin,
    Instant relationshipSince,
    UUID resellerPartnerId) {}
