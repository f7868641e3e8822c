package cn.csp.portal.customer;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import java.util.UUID;

/** The customer module's facade. Every query is scoped to the asking partner. */
public interface CustomerDirectory {

  /**
   * Creates a customer tenant with its initial domain, and the creating partner's reseller
   * relationship with delegated admin privileges. Refuses a domain that is taken.
   *
   * @return the customer id (the Microsoft ID)
   */
  UUID createCustomer(UUID partnerId, @Valid NewCustomer customer, Actor actor);

  /** How many customers the partner has a relationship with. */
  long countCustomersOf(UUID partnerId);

  /** Whether an initial domain prefix is still free. */
  boolean isDomainAvailable(String domainPrefix);
}
