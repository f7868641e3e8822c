package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.LegalBusinessProfile;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "partner_legal_profile")
class LegalProfileRecord {

  @Id private UUID partnerId;
  private String companyName;
  @Embedded private AddressColumns address;
  @Embedded private ContactColumns primaryContact;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "firstName", column = @Column(name = "approver_first_name")),
    @AttributeOverride(name = "lastName", column = @Column(name = "approver_last_name")),
    @AttributeOverride(name = "email", column = @Column(name = "approver_email")),
    @AttributeOverride(name = "phone", column = @Column(name = "approver_phone"))
  })
  private ContactColumns approvalContact;

  protected LegalProfileRecord() {}

  LegalProfileRecord(UUID partnerId, LegalBusinessProfile profile) {
    this.partnerId = partnerId;
    replaceWith(profile);
  }

  void replaceWith(LegalBusinessProfile profile) {
    this.companyName = profile.companyName();
    this.address = new AddressColumns(profile.address());
    this.primaryContact = new ContactColumns(profile.primaryContact());
    this.approvalContact = new ContactColumns(profile.approvalContact());
  }

  LegalBusinessProfile toProfile() {
    return new LegalBusinessProfile(
        companyName, address.toAddress(), primaryContact.toContact(), approvalContact.toContact());
  }
}
