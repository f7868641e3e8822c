package cn.csp.portal.web.customers;

import cn.csp.portal.customer.NewCustomer;
import cn.csp.portal.web.form.ContactForm;
import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * Step 1 of the "Add customer" wizard (account info); the rules are those of {@link NewCustomer},
 * whose property paths this form mirrors so that errors land on their fields.
 */
public class NewCustomerForm implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private String companyName;
  private String domainPrefix;
  private ContactForm primaryContact = new ContactForm();
  private CustomerBillingForm billing = new CustomerBillingForm();

  /** An indirect provider may create the customer for one of its resellers; null otherwise. */
  private UUID resellerPartnerId;

  NewCustomer toNewCustomer() {
    return new NewCustomer(
        companyName,
        domainPrefix,
        primaryContact.toContact(),
        billing.toProfile(),
        resellerPartnerId);
  }

  public UUID getResellerPartnerId() {
    return resellerPartnerId;
  }

  public void setResellerPartnerId(UUID resellerPartnerId) {
    this.resellerPartnerId = resellerPartnerId;
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getDomainPrefix() {
    return domainPrefix;
  }

  public void setDomainPrefix(String domainPrefix) {
    this.domainPrefix = domainPrefix;
  }

  public ContactForm getPrimaryContact() {
    return primaryContact;
  }

  public void setPrimaryContact(ContactForm primaryContact) {
    this.primaryContact = primaryContact;
  }

  public CustomerBillingForm getBilling() {
    return billing;
  }

  public void setBilling(CustomerBillingForm billing) {
    this.billing = billing;
  }
}
