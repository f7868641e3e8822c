package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * A customer's company profile ({@code CustomerCompanyProfile}): the tenant, its initial domain and
 * the company name. {@code links} and {@code attributes} are written, never read: in a request they
 * are noise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
    value = {"links", "attributes"},
    allowGetters = true)
public record CustomerCompanyProfileJson(
    String tenantId,
    String domain,
    String companyName,
    ResourceLinks links,
    ResourceAttributes attributes) {

  public static final String OBJECT_TYPE = "CustomerCompanyProfile";

  public static CustomerCompanyProfileJson of(UUID customerId, String domain, String companyName) {
    return new CustomerCompanyProfileJson(
        customerId.toString(),
        domain,
        companyName,
        ResourceLinks.self("customers/" + customerId + "/profiles/company"),
        ResourceAttributes.of(OBJECT_TYPE));
  }
}
