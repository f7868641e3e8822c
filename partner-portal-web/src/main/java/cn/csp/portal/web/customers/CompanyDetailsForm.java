package cn.csp.portal.web.customers;

import cn.csp.portal.customer.CompanyDetails;
import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.web.form.ContactForm;

/** A customer's company details; the rules are those of {@link CompanyDetails}. */
public class CompanyDetailsForm {

  private String companyName;
  private ContactForm primaryContact = new ContactForm();

  static CompanyDetailsForm of(CustomerAccount customer) {
    CompanyDetailsForm form = new CompanyDetailsForm();
    form.companyName = customer.companyName();
    form.primaryContact = ContactForm.of(customer.primaryContact());
    return form;
  }

  CompanyDetails toDetails() {
    return new CompanyDetails(companyName, primaryContact.toContact());
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public ContactForm getPrimaryContact() {
    return primaryContact;
  }

  public void setPrimaryContact(ContactForm primaryContact) {
    this.primaryContact = primaryContact;
  }
}
