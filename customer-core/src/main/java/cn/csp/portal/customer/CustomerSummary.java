package cn.csp.portal.customer;

import java.time.Instant;
import java.util.UUID;

/** A row of a partner's customer list. */
public record CustomerSummary(
    UUID id,
    String companyName,
    String domain,
    boolean delegatedAdmin,
    UUID resellerPartnerId,
    Instant relationshipSince) {}
