package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.BillingProfile;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "partner_billing_profile")
class BillingProfileRecord {

  @Id private UUID partnerId;
  private String companyName;
  @Embedded private AddressColumns address;
  @Embedded private ContactColumns invoiceRecipient;
  private String purchaseOrderNumber;
  private String taxId;

  protected BillingProfileRecord() {}

  BillingProfileRecord(UUID partnerId, BillingProfile profile) {
    this.partnerId = partnerId;
    replaceWith(profile);
  }

  void replaceWith(BillingProfile profile) {
    this.companyName = profile.companyName();
    this.address = new AddressColumns(profile.address());
    this.invoiceRecipient = new ContactColumns(profile.invoiceRecipient());
    this.purchaseOrderNumber = profile.purchaseOrderNumber();
    this.taxId = profile.taxId();
  }

  BillingProfile toProfile() {
    return new BillingProfile(
        companyName, address.toAddress(), invoiceRecipient.toContact(), purchaseOrderNumber, taxId);
  }
}
