package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, UUID> {

  boolean existsByDomain(String domain);

  @Query(value = "select nextval('customer_billable_account_seq')", nativeQuery = true)
  long nextBillableAccountNumber();

  /** A partner's customers as list rows, reached through its relationships. */
  String PARTNERS_SUMMARIES =
      """
      select new cn.csp.portal.customer.CustomerSummary(
          c.id, c.companyName, c.domain, r.delegatedAdmin, c.associatedResellerId,
          r.establishedAt)
      from PartnerRelationship r join Customer c on c.id = r.key.customerId
      where r.key.partnerId = :partnerId
      """;

  /** The prefix filters: LIKE patterns on the lower-case company name and on the domain. */
  String MATCHING_PREFIXES =
      """
        and lower(c.companyName) like :namePattern escape '\\'
        and c.domain like :domainPattern escape '\\'
      """;

  String IN_RELATIONSHIP_ORDER = " order by r.establishedAt, r.key.customerId";

  /**
   * The first customers of a partner's list in relationship order. The patterns are LIKE patterns
   * ({@code %} for any); the index on the relationship's (partner, start, customer) serves the
   * order, so no sort and no OFFSET.
   */
  @Query(PARTNERS_SUMMARIES + MATCHING_PREFIXES + IN_RELATIONSHIP_ORDER)
  List<CustomerSummary> firstInRelationshipOrder(
      UUID partnerId, String namePattern, String domainPattern, Limit limit);

  /** As {@link #firstInRelationshipOrder}, continuing after a (start, customer) position. */
  @Query(
      PARTNERS_SUMMARIES
          + " and (r.establishedAt, r.key.customerId) > (:since, :customerId)"
          + MATCHING_PREFIXES
          + IN_RELATIONSHIP_ORDER)
  List<CustomerSummary> nextInRelationshipOrder(
      UUID partnerId,
      Instant since,
      UUID customerId,
      String namePattern,
      String domainPattern,
      Limit limit);

  @Query(
      """
      select count(r)
      from PartnerRelationship r join Customer c on c.id = r.key.customerId
      where r.key.partnerId = :partnerId
      """
          + MATCHING_PREFIXES)
  long countMatching(UUID partnerId, String namePattern, String domainPattern);
}
