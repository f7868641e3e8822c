package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CompanyDetails;
import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.Contact;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer tenant. It belongs to no partner: partners reach it through their relationships. Its
 * company details and its billing profile are changed separately, because help desk agents may
 * change only the first (spec 2.19).
 */
@Entity
@Table(name = "customer")
class Customer {

  @Id private UUID id;
  private String companyName;
  private String domain;
  private String billableAccountId;
  private String contactFirstName;
  private String contactLastName;
  private String contactEmail;
  private String contactPhone;
  private String billingCompanyName;
  private String billingFirstName;
  private String billingLastName;
  private String billingEmail;
  private String billingAddressLine1;
  private String billingAddressLine2;
  private String billingCity;
  private String billingState;
  private String billingPostalCode;
  private String billingCountry;
  private String culture;
  private String language;
  private UUID associatedResellerId;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected Customer() {}

  Customer(
      String domain,
      String billableAccountId,
      CompanyDetails details,
      CustomerBillingProfile billing,
      UUID associatedResellerId,
      Instant now) {
    this.id = UUID.randomUUID();
    this.domain = domain;
    this.billableAccountId = billableAccountId;
    this.associatedResellerId = associatedResellerId;
    this.createdAt = now;
    changeCompanyDetails(details, now);
    changeBillingProfile(billing, now);
  }

  void changeCompanyDetails(CompanyDetails details, Instant now) {
    Contact contact = details.primaryContact();
    this.companyName = details.companyName().strip();
    this.contactFirstName = contact.firstName();
    this.contactLastName = contact.lastName();
    this.contactEmail = contact.email();
    this.contactPhone = contact.phoneNumber();
    this.updatedAt = now;
  }

  void changeBillingProfile(CustomerBillingProfile billing, Instant now) {
    Address address = billing.address();
    this.billingCompanyName = billing.companyName().strip();
    this.billingFirstName = billing.firstName();
    this.billingLastName = billing.lastName();
    this.billingEmail = billing.email();
    this.billingAddressLine1 = address.addressLine1();
    this.billingAddressLine2 = address.addressLine2();
    this.billingCity = address.city();
    this.billingState = address.state();
    this.billingPostalCode = address.postalCode();
    this.billingCountry = address.country();
    this.culture = billing.culture();
    this.language = billing.language();
    this.updatedAt = now;
  }

  /** The first indirect reseller that brings the customer stays its reseller. */
  void associateReseller(UUID resellerId, Instant now) {
    if (associatedResellerId == null) {
      associatedResellerId = resellerId;
      updatedAt = now;
    }
  }

  UUID id() {
    return id;
  }

  String companyName() {
    return companyName;
  }

  String domain() {
    return domain;
  }

  UUID associatedResellerId() {
    return associatedResellerId;
  }

  CompanyDetails companyDetails() {
    return new CompanyDetails(
        companyName, new Contact(contactFirstName, contactLastName, contactEmail, contactPhone));
  }

  /** Null for a customer created before billing profiles carried an address. */
  CustomerBillingProfile billingProfile() {
    if (billingAddressLine1 == null) {
      return null;
    }
    return new CustomerBillingProfile(
        billingCompanyName,
        billingFirstName,
        billingLastName,
        billingEmail,
        new Address(
            billingAddressLine1,
            billingAddressLine2,
            billingCity,
            billingState,
            billingPostalCode,
            billingCountry),
        culture,
        language);
  }

  String billableAccountId() {
    return billableAccountId;
  }
}
