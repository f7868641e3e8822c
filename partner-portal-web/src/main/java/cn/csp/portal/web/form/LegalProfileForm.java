package cn.csp.portal.web.form;

import cn.csp.portal.partner.LegalBusinessProfile;

/** The legal business (partner) profile; the rules are those of {@link LegalBusinessProfile}. */
public class LegalProfileForm {

  private String companyName;
  private AddressForm address = new AddressForm();
  private ContactForm primaryContact = new ContactForm();
  private ContactForm approvalContact = new ContactForm();

  public static LegalProfileForm of(LegalBusinessProfile profile) {
    LegalProfileForm form = new LegalProfileForm();
    form.companyName = profile.companyName();
    form.address = AddressForm.of(profile.address());
    form.primaryContact = ContactForm.of(profile.primaryContact());
    form.approvalContact = ContactForm.of(profile.approvalContact());
    return form;
  }

  public LegalBusinessProfile toProfile() {
    return new LegalBusinessProfile(
        companyName, address.toAddress(), primaryContact.toContact(), approvalContact.toContact());
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public AddressForm getAddress() {
    return address;
  }

  public void setAddress(AddressForm address) {
    this.address = address;
  }

  public ContactForm getPrimaryContact() {
    return primaryContact;
  }

  public void setPrimaryContact(ContactForm primaryContact) {
    this.primaryContact = primaryContact;
  }

  public ContactForm getApprovalContact() {
    return approvalContact;
  }

  public void setApprovalContact(ContactForm approvalContact) {
    this.approvalContact = approvalContact;
  }
}
