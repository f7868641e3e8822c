package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerSummary;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, UUID> {

  boolean existsByDomain(String domain);

  @Query(value = "select nextval('customer_billable_account_seq')", nativeQuery = true)
  long nextBillableAccountNumber();

  /**
   * A partner's customers. {@code pattern} is a LIKE pattern on the lower-case company name or the
   * domain ({@code %} for all); the trigram indexes serve it.
   */
  @Query(
      value =
          """
          select new cn.csp.portal.customer.CustomerSummary(
              c.id, c.companyName, c.domain, r.delegatedAdmin, c.associatedResellerId,
              r.establishedAt)
          from Customer c join PartnerRelationship r on r.key.customerId = c.id
          where r.key.partnerId = :partnerId
            and (lower(c.companyName) like :pattern escape '\\' or c.domain like :pattern escape '\\')
            and (:resellerId is null or c.associatedResellerId = :resellerId)
          """,
      countQuery =
          """
          select count(c)
          from Customer c join PartnerRelationship r on r.key.customerId = c.id
          where r.key.partnerId = :partnerId
            and (lower(c.companyName) like :pattern escape '\\' or c.domain like :pattern escape '\\')
            and (:resellerId is null or c.associatedResellerId = :resellerId)
          """)
  Page<CustomerSummary> search(UUID partnerId, String pattern, UUID resellerId, Pageable page);
}
