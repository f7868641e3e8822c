package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer's billing profile ({@code CustomerBillingProfile}): who is billed, where, and in which
 * culture and language. {@code defaultAddress} also carries the contact's names and phone number,
 * as the SDK models it. {@code links} and {@code attributes} are written, never read.
 *
 * @param id the profile's id; a customer has exactly one, so it is the customer's id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
    value = {"links", "attributes"},
    allowGetters = true)
public record CustomerBillingProfileJson(
    String id,
    String firstName,
    String lastName,
    String email,
    String culture,
    String language,
    String companyName,
    ApiAddress defaultAddress,
    ResourceLinks links,
    ResourceAttributes attributes) {

  public static final String OBJECT_TYPE = "CustomerBillingProfile";
}
