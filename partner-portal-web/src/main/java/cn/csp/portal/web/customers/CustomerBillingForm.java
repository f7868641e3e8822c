package cn.csp.portal.web.customers;

import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.web.form.AddressForm;
import java.io.Serial;
import java.io.Serializable;

/** A customer's billing profile; the rules are those of {@link CustomerBillingProfile}. */
public class CustomerBillingForm implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private String companyName;
  private String firstName;
  private String lastName;
  private String email;
  private AddressForm address = new AddressForm();
  private String culture = "zh-CN";
  private String language = "zh";

  /** The form for a profile; a customer without one yet gets an empty form. */
  static CustomerBillingForm of(CustomerBillingProfile profile) {
    CustomerBillingForm form = new CustomerBillingForm();
    if (profile != null) {
      form.companyName = profile.companyName();
      form.firstName = profile.firstName();
      form.lastName = profile.lastName();
      form.email = profile.email();
      form.address = AddressForm.of(profile.address());
      form.culture = profile.culture();
      form.language = profile.language();
    }
    return form;
  }

  CustomerBillingProfile toProfile() {
    return new CustomerBillingProfile(
        companyName, firstName, lastName, email, address.toAddress(), culture, language);
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public AddressForm getAddress() {
    return address;
  }

  public void setAddress(AddressForm address) {
    this.address = address;
  }

  public String getCulture() {
    return culture;
  }

  public void setCulture(String culture) {
    this.culture = culture;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
