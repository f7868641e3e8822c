package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerCreated;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerDomains;
import cn.csp.portal.customer.NewCustomer;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.RestrictedOperation;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class CustomerDirectoryService implements CustomerDirectory {

  private final CustomerRepository customers;
  private final PartnerRelationshipRepository relationships;
  private final PartnerStanding partnerStanding;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CustomerDirectoryService(
      CustomerRepository customers,
      PartnerRelationshipRepository relationships,
      PartnerStanding partnerStanding,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.customers = customers;
    this.relationships = relationships;
    this.partnerStanding = partnerStanding;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public UUID createCustomer(UUID partnerId, NewCustomer request, Actor actor) {
    // a suspended partner may not add customers (spec 2.11); an unknown partner is not found
    partnerStanding.requireMayTransact(partnerId, RestrictedOperation.CREATE_CUSTOMER);
    String domain = CustomerDomains.fromPrefix(request.domainPrefix());
    if (customers.existsByDomain(domain)) {
      throw new BusinessRuleViolation("customer.domain.taken", domain);
    }
    Instant now = clock.instant();
    Customer customer =
        new Customer(
            request.companyName().strip(),
            domain,
            Long.toString(customers.nextBillableAccountNumber()),
            request.primaryContact(),
            request.culture(),
            request.language(),
            now);
    customers.save(customer);
    relationships.save(
        PartnerRelationship.resellerWithDelegatedAdmin(partnerId, customer.id(), now));

    auditLog.record(
        AuditEntry.of(actor, "customer.created")
            .partner(partnerId)
            .target("customer", customer.id())
            .detail("companyName", request.companyName())
            .detail("domain", domain)
            .build());
    events.publishEvent(new CustomerCreated(customer.id(), partnerId, domain));
    return customer.id();
  }

  @Override
  @Transactional(readOnly = true)
  public long countCustomersOf(UUID partnerId) {
    return relationships.countByKeyPartnerId(partnerId);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isDomainAvailable(String domainPrefix) {
    return CustomerDomains.isValidPrefix(domainPrefix)
        && !customers.existsByDomain(CustomerDomains.fromPrefix(domainPrefix));
  }
}
