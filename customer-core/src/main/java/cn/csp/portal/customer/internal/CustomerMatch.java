package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerSummary;
import java.time.Instant;
import java.util.UUID;

/** A row of the customer search, with the number of all the search's matches. */
record CustomerMatch(
    UUID id,
    String companyName,
    String domain,
    boolean delegatedAdmin,
    UUID resellerPartnerId,
    Instant relationshipSince,
    long totalMatches) {

  CustomerSummary summary() {
    return new CustomerSummary(
        id, companyName, domain, delegatedAdmin, resellerPartnerId, relationshipSince);
  }
}
