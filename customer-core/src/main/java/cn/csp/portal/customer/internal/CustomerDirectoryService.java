package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CompanyDetails;
import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.customer.CustomerCreated;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerDomains;
import cn.csp.portal.customer.CustomerListFilter;
import cn.csp.portal.customer.CustomerListPosition;
import cn.csp.portal.customer.CustomerOnInvoice;
import cn.csp.portal.customer.CustomerSearch;
import cn.csp.portal.customer.CustomerSummary;
import cn.csp.portal.customer.NewCustomer;
import cn.csp.portal.customer.internal.PartnerRelationship.EstablishedBy;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.LikePatterns;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.kernel.TemporaryPasswords;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.RestrictedOperation;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class CustomerDirectoryService implements CustomerDirectory {

  private final CustomerRepository customers;
  private final PartnerRelationshipRepository relationships;
  private final CustomerAdminUserRepository admins;
  private final InvoiceNames invoiceNames;
  private final CustomerMatches matches;
  private final PartnerStanding partnerStanding;
  private final PartnerPermissions permissions;
  private final IndirectPartnerships indirectPartnerships;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CustomerDirectoryService(
      CustomerRepository customers,
      PartnerRelationshipRepository relationships,
      CustomerAdminUserRepository admins,
      InvoiceNames invoiceNames,
      CustomerMatches matches,
      PartnerStanding partnerStanding,
      PartnerPermissions permissions,
      IndirectPartnerships indirectPartnerships,
      PasswordEncoder passwordEncoder,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.customers = customers;
    this.relationships = relationships;
    this.admins = admins;
    this.invoiceNames = invoiceNames;
    this.matches = matches;
    this.partnerStanding = partnerStanding;
    this.permissions = permissions;
    this.indirectPartnerships = indirectPartnerships;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public CreatedCustomer createCustomer(UUID partnerId, NewCustomer request, Actor actor) {
    permissions.require(partnerId, actor, Permission.CUSTOMER_CREATE);
    // a suspended partner may not add customers (spec 2.11); an unknown partner is not found
    partnerStanding.requireMayTransact(partnerId, RestrictedOperation.CREATE_CUSTOMER);
    // an indirect provider may create customers only for its own authorized resellers
    if (request.resellerPartnerId() != null
        && !indirectPartnerships.isAuthorizedReseller(partnerId, request.resellerPartnerId())) {
      throw BusinessRuleViolation.onField("resellerPartnerId", "customer.reseller.notAuthorized");
    }
    String domain = CustomerDomains.fromPrefix(request.domainPrefix());
    if (customers.existsByDomain(domain)) {
      throw BusinessRuleViolation.onField("domainPrefix", "customer.domain.taken", domain);
    }
    Instant now = clock.instant();
    Customer customer =
        customers.save(
            new Customer(
                domain,
                Long.toString(customers.nextBillableAccountNumber()),
                request.companyDetails(),
                request.billing(),
                request.resellerPartnerId(),
                now));
    relationships.save(
        PartnerRelationship.resellerWithDelegatedAdmin(
            partnerId, customer.id(), EstablishedBy.CREATED, now));
    String temporaryPassword = TemporaryPasswords.generate();
    CustomerAdminUser admin =
        admins.save(
            new CustomerAdminUser(
                customer.id(),
                "admin@" + domain,
                request.primaryContact().firstName() + " " + request.primaryContact().lastName(),
                passwordEncoder.encode(temporaryPassword),
                now));

    auditLog.record(
        AuditEntry.of(actor, "customer.created")
            .partner(partnerId)
            .target("customer", customer.id())
            .detail("companyName", customer.companyName())
            .detail("domain", domain)
            .detail("admin", admin.email())
            .detail("reseller", request.resellerPartnerId())
            .build());
    events.publishEvent(new CustomerCreated(customer.id(), partnerId, domain));
    return new CreatedCustomer(customer.id(), domain, admin.email(), temporaryPassword);
  }

  /** Plain statements, in the caller's transaction if there is one and in none otherwise. */
  @Override
  @Transactional(propagation = Propagation.SUPPORTS)
  public Page<CustomerSummary> search(UUID partnerId, CustomerSearch search, Pageable page) {
    String text = search.text();
    String pattern = text == null || text.isBlank() ? null : LikePatterns.containsLowerCase(text);
    UUID reseller = search.resellerPartnerId();
    List<CustomerMatch> rows = matches.page(partnerId, pattern, reseller, page);
    long total;
    if (pattern != null && !rows.isEmpty()) {
      total = rows.get(0).totalMatches();
    } else if (page.getOffset() == 0 && rows.size() < page.getPageSize()) {
      total = rows.size(); // all of them are on the first page
    } else {
      total = matches.count(partnerId, pattern, reseller);
    }
    return new PageImpl<>(rows.stream().map(CustomerMatch::summary).toList(), page, total);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CustomerSummary> listInRelationshipOrder(
      UUID partnerId, CustomerListFilter filter, CustomerListPosition after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("A page has at least one customer: " + limit);
    }
    if (after == null) {
      return customers.firstInRelationshipOrder(
          partnerId, namePattern(filter), domainPattern(filter), Limit.of(limit));
    }
    return customers.nextInRelationshipOrder(
        partnerId,
        after.relationshipSince(),
        after.customerId(),
        namePattern(filter),
        domainPattern(filter),
        Limit.of(limit));
  }

  @Override
  @Transactional(readOnly = true)
  public long count(UUID partnerId, CustomerListFilter filter) {
    if (filter.isAll()) {
      return matches.countAll(partnerId);
    }
    return customers.countMatching(partnerId, namePattern(filter), domainPattern(filter));
  }

  private static String namePattern(CustomerListFilter filter) {
    return filter.field() == CustomerListFilter.Field.COMPANY_NAME
        ? LikePatterns.startsWithLowerCase(filter.prefix())
        : "%";
  }

  /** Domains are stored in lower case. */
  private static String domainPattern(CustomerListFilter filter) {
    return filter.field() == CustomerListFilter.Field.DOMAIN
        ? LikePatterns.startsWithLowerCase(filter.prefix())
        : "%";
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerAccount> find(UUID partnerId, UUID customerId) {
    return relationships
        .findById(new PartnerRelationship.Key(partnerId, customerId))
        .flatMap(
            relationship ->
                customers.findById(customerId).map(customer -> account(customer, relationship)));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<UUID, CustomerOnInvoice> invoiceNames(UUID partnerId, Collection<UUID> customerIds) {
    return invoiceNames.of(partnerId, customerIds);
  }

  private static CustomerAccount account(Customer customer, PartnerRelationship relationship) {
    return new CustomerAccount(
        customer.id(),
        customer.companyName(),
        customer.domain(),
        customer.billableAccountId(),
        customer.companyDetails().primaryContact(),
        customer.billingProfile(),
        relationship.delegatedAdmin(),
        relationship.establishedAt(),
        customer.associatedResellerId());
  }

  @Override
  public void updateCompanyDetails(
      UUID partnerId, UUID customerId, CompanyDetails details, Actor actor) {
    permissions.require(partnerId, actor, Permission.CUSTOMER_EDIT_COMPANY);
    Customer customer = customerOf(partnerId, customerId);
    CompanyDetails before = customer.companyDetails();
    customer.changeCompanyDetails(details, clock.instant());
    audit(partnerId, actor, "customer.companyDetailsUpdated", customerId, before, details);
  }

  @Override
  public void updateBillingProfile(
      UUID partnerId, UUID customerId, CustomerBillingProfile billing, Actor actor) {
    permissions.require(partnerId, actor, Permission.CUSTOMER_EDIT_BILLING);
    Customer customer = customerOf(partnerId, customerId);
    CustomerBillingProfile before = customer.billingProfile();
    customer.changeBillingProfile(billing, clock.instant());
    audit(partnerId, actor, "customer.billingProfileUpdated", customerId, before, billing);
  }

  private void audit(
      UUID partnerId, Actor actor, String action, UUID customerId, Record before, Record after) {
    auditLog.record(
        AuditEntry.of(actor, action)
            .partner(partnerId)
            .target("customer", customerId)
            .detail("before", before)
            .detail("after", after)
            .build());
  }

  /** The customer, if the partner has a relationship with it; otherwise it does not exist. */
  private Customer customerOf(UUID partnerId, UUID customerId) {
    if (!relationships.existsById(new PartnerRelationship.Key(partnerId, customerId))) {
      throw new NotFound("customer.notFound");
    }
    return customers.findById(customerId).orElseThrow(() -> new NotFound("customer.notFound"));
  }

  @Override
  @Transactional(readOnly = true)
  public long countCustomersOf(UUID partnerId) {
    return matches.countAll(partnerId);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isDomainAvailable(String domainPrefix) {
    return CustomerDomains.isValidPrefix(domainPrefix)
        && !customers.existsByDomain(CustomerDomains.fromPrefix(domainPrefix));
  }
}
