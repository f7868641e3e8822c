package cn.csp.portal.web.form;

import cn.csp.portal.partner.Address;
import java.io.Serial;
import java.io.Serializable;

/** The address fields of a form; the rules are those of {@link Address}. */
public class AddressForm implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private String addressLine1;
  private String addressLine2;
  private String city;
  private String state;
  private String postalCode;
  private String country = "CN";

  public static AddressForm of(Address address) {
    AddressForm form = new AddressForm();
    form.addressLine1 = address.addressLine1();
    form.addressLine2 = address.addressLine2();
    form.city = address.city();
    form.state = address.state();
    form.postalCode = address.postalCode();
    form.country = address.country();
    return form;
  }

  public Address toAddress() {
    return new Address(addressLine1, addressLine2, city, state, postalCode, country);
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
