package cn.csp.portal.customer.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, UUID> {

  boolean existsByDomain(String domain);

  @Query(value = "select nextval('customer_billable_account_seq')", nativeQuery = true)
  long nextBillableAccountNumber();
}
