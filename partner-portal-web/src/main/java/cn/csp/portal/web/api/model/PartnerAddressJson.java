package cn.csp.portal.web.api.model;

import cn.csp.portal.partner.Address;

/** A partner profile's postal address on the wire. */
public final class PartnerAddressJson {

  private PartnerAddressJson() {}

  public static ApiAddress of(Address address) {
    return new ApiAddress(
        address.country(),
        null,
        address.city(),
        address.state(),
        address.addressLine1(),
        address.addressLine2(),
        null,
        address.postalCode(),
        null,
        null,
        null);
  }
}
