package cn.csp.portal.web.account;

import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.web.form.AddressForm;
import cn.csp.portal.web.form.ContactForm;

/** The partner billing profile; the rules are those of {@link BillingProfile}. */
public class BillingProfileForm {

  private String companyName;
  private AddressForm address = new AddressForm();
  private ContactForm invoiceRecipient = new ContactForm();
  private String purchaseOrderNumber;
  private String taxId;

  static BillingProfileForm of(BillingProfile profile) {
    BillingProfileForm form = new BillingProfileForm();
    form.companyName = profile.companyName();
    form.address = AddressForm.of(profile.address());
    form.invoiceRecipient = ContactForm.of(profile.invoiceRecipient());
    form.purchaseOrderNumber = profile.purchaseOrderNumber();
    form.taxId = profile.taxId();
    return form;
  }

  BillingProfile toProfile() {
    return new BillingProfile(
        companyName, address.toAddress(), invoiceRecipient.toContact(), purchaseOrderNumber, taxId);
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

  public ContactForm getInvoiceRecipient() {
    return invoiceRecipient;
  }

  public void setInvoiceRecipient(ContactForm invoiceRecipient) {
    this.invoiceRecipient = invoiceRecipient;
  }

  public String getPurchaseOrderNumber() {
    return purchaseOrderNumber;
  }

  public void setPurchaseOrderNumber(String purchaseOrderNumber) {
    this.purchaseOrderNumber = purchaseOrderNumber;
  }

  public String getTaxId() {
    return taxId;
  }

  public void setTaxId(String taxId) {
    this.taxId = taxId;
  }
}
