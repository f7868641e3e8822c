package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.Address;
import jakarta.persistence.Embeddable;

/** How an {@link Address} is stored in the profile tables. */
@Embeddable
class AddressColumns {

  private String addressLine1;
  private String addressLine2;
  private String city;
  private String state;
  private String postalCode;
  private String country;

  protected AddressColumns() {}

  AddressColumns(Address address) {
    this.addressLine1 = address.addressLine1();
    this.addressLine2 = address.addressLine2();
    this.city = address.city();
    this.state = address.state();
    this.postalCode = address.postalCode();
    this.country = address.country();
  }

  Address toAddress() {
    return new Address(addressLine1, addressLine2, city, state, postalCode, country);
  }
}
