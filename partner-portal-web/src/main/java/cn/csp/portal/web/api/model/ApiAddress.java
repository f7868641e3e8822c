package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An address as Partner Center sends it ({@code defaultAddress} of billing and organization
 * profiles, {@code address} of the legal business profile). Every field is optional on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiAddress(
    String country,
    String region,
    String city,
    String state,
    String addressLine1,
    String addressLine2,
    String addressLine3,
    String postalCode,
    String firstName,
    String lastName,
    String phoneNumber) {}
