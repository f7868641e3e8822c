package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer as the SDK reads and sends it ({@code Customer}, contract 8.2): the body of a create
 * and of a PATCH, and the answer of both and of a get. {@code userCredentials} appears only in the
 * answer to a create. {@code links} and {@code attributes} are written, never read: in a request
 * they are noise.
 *
 * @param commerceId the customer's billable account id; only on a single customer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
    value = {"links", "attributes"},
    allowGetters = true)
public record CustomerJson(
    String id,
    String commerceId,
    CustomerCompanyProfileJson companyProfile,
    CustomerBillingProfileJson billingProfile,
    RelationshipToPartner relationshipToPartner,
    Boolean allowDelegatedAccess,
    UserCredentialsJson userCredentials,
    ResourceLinks links,
    ResourceAttributes attributes) {

  public static final String OBJECT_TYPE = "Customer";

  /** The same customer, answered with the credentials of its new admin. */
  public CustomerJson withUserCredentials(UserCredentialsJson credentials) {
    return new CustomerJson(
        id,
        commerceId,
        companyProfile,
        billingProfile,
        relationshipToPartner,
        allowDelegatedAccess,
        credentials,
        links,
        attributes);
  }
}
