package cn.csp.portal.customer.internal;

import cn.csp.portal.partner.Contact;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A customer tenant. It belongs to no single partner; relationships say who may see it. */
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
  private String culture;
  private String language;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected Customer() {}

  Customer(
      String companyName,
      String domain,
      String billableAccountId,
      Contact primaryContact,
      String culture,
      String language,
      Instant now) {
    this.id = UUID.randomUUID();
    this.companyName = companyName;
    this.domain = domain;
    this.billableAccountId = billableAccountId;
    this.contactFirstName = primaryContact.firstName();
    this.contactLastName = primaryContact.lastName();
    this.contactEmail = primaryContact.email();
    this.contactPhone = primaryContact.phoneNumber();
    this.culture = culture;
    this.language = language;
    this.createdAt = now;
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }
}
