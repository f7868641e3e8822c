package cn.csp.portal.web.api.v1;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.customer.CustomerSummary;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.web.api.model.ApiAddress;
import cn.csp.portal.web.api.model.CustomerBillingProfileJson;
import cn.csp.portal.web.api.model.CustomerCompanyProfileJson;
import cn.csp.portal.web.api.model.CustomerJson;
import cn.csp.portal.web.api.model.RelationshipToPartner;
import cn.csp.portal.web.api.model.ResourceAttributes;
import cn.csp.portal.web.api.model.ResourceLinks;
import java.util.UUID;

/**
 * Customers on the wire. A partner sees only customers it has a reseller relationship with (the
 * only kind the portal has), so {@code relationshipToPartner} is always {@code reseller}; {@code
 * allowDelegatedAccess} says whether the partner holds delegated admin privileges now.
 */
final class CustomerWire {

  private CustomerWire() {}

  static String selfUri(UUID customerId) {
    return "customers/" + customerId;
  }

  /** A row of the list: what the list query reads, without the billing profile. */
  static CustomerJson of(CustomerSummary customer) {
    return new CustomerJson(
        customer.id().toString(),
        null,
        CustomerCompanyProfileJson.of(customer.id(), customer.domain(), customer.companyName()),
        null,
        RelationshipToPartner.RESELLER,
        customer.delegatedAdmin(),
        null,
        ResourceLinks.self(selfUri(customer.id())),
        ResourceAttributes.of(CustomerJson.OBJECT_TYPE));
  }

  static CustomerJson of(CustomerAccount customer) {
    return new CustomerJson(
        customer.id().toString(),
        customer.billableAccountId(),
        companyProfile(customer),
        billingProfile(customer),
        RelationshipToPartner.RESELLER,
        customer.delegatedAdmin(),
        null,
        ResourceLinks.self(selfUri(customer.id())),
        ResourceAttributes.of(CustomerJson.OBJECT_TYPE));
  }

  static CustomerCompanyProfileJson companyProfile(CustomerAccount customer) {
    return CustomerCompanyProfileJson.of(customer.id(), customer.domain(), customer.companyName());
  }

  /**
   * The billing profile; the address's names and phone are the contact's, as the SDK models them. A
   * customer made before billing profiles had an address answers with its company and contact.
   */
  static CustomerBillingProfileJson billingProfile(CustomerAccount customer) {
    Contact contact = customer.primaryContact();
    CustomerBillingProfile billing = customer.billing();
    ResourceLinks links = ResourceLinks.self(selfUri(customer.id()) + "/profiles/billing");
    ResourceAttributes attributes = ResourceAttributes.of(CustomerBillingProfileJson.OBJECT_TYPE);
    if (billing == null) {
      return new CustomerBillingProfileJson(
          customer.id().toString(),
          contact.firstName(),
          contact.lastName(),
          contact.email(),
          null,
          null,
          customer.companyName(),
          null,
          links,
          attributes);
    }
    Address address = billing.address();
    return new CustomerBillingProfileJson(
        customer.id().toString(),
        billing.firstName(),
        billing.lastName(),
        billing.email(),
        billing.culture(),
        billing.language(),
        billing.companyName(),
        new ApiAddress(
            address.country(),
            null,
            address.city(),
            address.state(),
            address.addressLine1(),
            address.addressLine2(),
            null,
            address.postalCode(),
            billing.firstName(),
            billing.lastName(),
            contact.phoneNumber()),
        links,
        attributes);
  }
}
