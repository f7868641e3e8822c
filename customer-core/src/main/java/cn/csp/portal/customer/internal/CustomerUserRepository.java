package cn.csp.portal.customer.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerUserRepository extends JpaRepository<CustomerUserRecord, UUID> {

  /** The user, only if it belongs to that customer: the query itself keeps customers apart. */
  Optional<CustomerUserRecord> findByIdAndCustomerId(UUID id, UUID customerId);

  boolean existsByUserPrincipalName(String normalisedUpn);

  /**
   * A customer's users. {@code pattern} is a LIKE pattern on the lower-case names or the sign-in
   * name ({@code %} for all); the customer's rows come from the (customer_id, display_name) index.
   */
  @Query(
      """
      select u from CustomerUserRecord u
      where u.customerId = :customerId
        and (:pattern = '%'
             or lower(u.displayName) like :pattern escape '\\'
             or lower(u.firstName) like :pattern escape '\\'
             or lower(u.lastName) like :pattern escape '\\'
             or u.userPrincipalName like :pattern escape '\\')
      """)
  Page<CustomerUserRecord> search(UUID customerId, String pattern, Pageable page);

  /** The first of a customer's users in list order (the (customer_id, display_name, upn) index). */
  List<CustomerUserRecord> findByCustomerIdOrderByDisplayNameAscUserPrincipalNameAsc(
      UUID customerId, Limit limit);

  /** A customer's users in list order after the given one: the keyset of that same index. */
  @Query(
      """
      select u from CustomerUserRecord u
      where u.customerId = :customerId
        and (u.displayName > :displayName
             or (u.displayName = :displayName and u.userPrincipalName > :userPrincipalName))
      order by u.displayName, u.userPrincipalName
      """)
  List<CustomerUserRecord> findAfter(
      UUID customerId, String displayName, String userPrincipalName, Limit limit);

  long countByCustomerId(UUID customerId);
}
