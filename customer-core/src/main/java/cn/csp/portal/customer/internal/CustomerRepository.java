package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, UUID> {

  boolean existsByDomain(String domain);

  @Query(value = "select nextval('customer_billable_account_seq')", nativeQuery = true)
  long nextBillableAccountNumber();

  /**
   * The search's matches: a partner's customers whose name or domain is like the pattern, read from
   * the relationships' copies of them (one index on partner and searched text, no join).
   */
  String SEARCH_MATCHES =
      """
      from PartnerRelationship r
      where r.key.partnerId = :partnerId
        and r.customerSearch like :pattern escape '\\'
        and (:resellerId is null or r.customerResellerId = :resellerId)
      """;

  /**
   * One page of a partner's customers, each row with the number of all matches. {@code pattern} is
   * a LIKE pattern on the lower-case company name or the domain ({@code %} for all); the
   * relationship's search index serves it. The total comes from the same scan ({@code count(*) over
   * ()}), so a page costs one query, not a second one for the count; a page past the end has no row
   * to carry it ({@link #countSearchMatches}).
   */
  @Query(
      """
      select new cn.csp.portal.customer.internal.CustomerMatch(
          r.key.customerId, r.customerName, r.customerDomain, r.delegatedAdmin,
          r.customerResellerId, r.establishedAt, count(*) over ())
      """
          + SEARCH_MATCHES)
  List<CustomerMatch> search(UUID partnerId, String pattern, UUID resellerId, Pageable page);

  @Query("select count(r) " + SEARCH_MATCHES)
  long countSearchMatches(UUID partnerId, String pattern, UUID resellerId);

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
