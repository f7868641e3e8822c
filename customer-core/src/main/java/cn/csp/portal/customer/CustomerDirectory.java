package cn.csp.portal.customer;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The customer module's facade for partners' customer accounts (spec 2.16-2.19). Every query is
 * scoped to the asking partner: a customer the partner has no relationship with does not exist for
 * it.
 */
public interface CustomerDirectory {

  /**
   * Creates a customer tenant with its initial domain, its first admin user with a temporary
   * password, and the creating partner's reseller relationship with delegated admin privileges, all
   * or nothing. Refuses a taken domain, a suspended partner and a user without {@code
   * customer:create}.
   */
  CreatedCustomer createCustomer(UUID partnerId, @Valid NewCustomer customer, Actor actor);

  /**
   * The partner's customers whose company name or domain contains the text, in the page's order
   * (companyName, domain or relationshipSince).
   */
  Page<CustomerSummary> search(UUID partnerId, CustomerSearch search, Pageable page);

  /**
   * Up to {@code limit} of the partner's customers that match the filter, in the order the partner
   * got them (relationship start, then id), after {@code after} (null: from the first). A page
   * costs the same however deep the walk goes (keyset paging on an index, no OFFSET scan), so a
   * client can walk 100,000 customers.
   */
  List<CustomerSummary> listInRelationshipOrder(
      UUID partnerId, CustomerListFilter filter, CustomerListPosition after, int limit);

  /** How many of the partner's customers match the filter. */
  long count(UUID partnerId, CustomerListFilter filter);

  Optional<CustomerAccount> find(UUID partnerId, UUID customerId);

  /**
   * What invoice lines name of the partner's customers among {@code customerIds}, by id, read in
   * bulk as values (the billing run reads a large partner's hundred thousand at once). An id that
   * is not one of the partner's customers is not in the map.
   */
  Map<UUID, CustomerOnInvoice> invoiceNames(UUID partnerId, Collection<UUID> customerIds);

  /** Needs {@code customer:edit-company} (help desk agents have it). */
  void updateCompanyDetails(
      UUID partnerId, UUID customerId, @Valid CompanyDetails details, Actor actor);

  /** Needs {@code customer:edit-billing} (help desk agents do not have it). */
  void updateBillingProfile(
      UUID partnerId, UUID customerId, @Valid CustomerBillingProfile billing, Actor actor);

  /** How many customers the partner has a relationship with. */
  long countCustomersOf(UUID partnerId);

  /** Whether an initial domain prefix is valid and still free. */
  boolean isDomainAvailable(String domainPrefix);
}
