package cn.csp.portal.web.api.model;

import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.OrganizationProfile;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * The partner's {@code OrganizationProfile}, answered by GET and read from the body of PUT. Only
 * the company name, email, language and culture can change, as on the profile page: the tenant and
 * its domain are the partner's identity, and the address ({@code defaultAddress}) is the legal
 * business profile's, shown here and changed there. {@code id}, {@code defaultAddress}, {@code
 * links} and {@code attributes} in a body are read-only noise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
    value = {"id", "defaultAddress", "links", "attributes"},
    allowGetters = true)
public class OrganizationProfileJson {

  public static final String URI = "profiles/organization";
  private static final ResourceAttributes ATTRIBUTES = ResourceAttributes.of("OrganizationProfile");

  private String id;
  private String companyName;
  private String tenantId;
  private String domain;
  private String email;
  private String language;
  private String culture;
  private ApiAddress defaultAddress;

  public OrganizationProfileJson() {}

  /**
   * @param partnerId the organization's id: the partner's
   * @param address the legal business address
   */
  public static OrganizationProfileJson of(
      UUID partnerId, OrganizationProfile profile, Address address) {
    OrganizationProfileJson json = new OrganizationProfileJson();
    json.id = partnerId.toString();
    json.companyName = profile.companyName();
    json.tenantId = profile.tenantId().toString();
    json.domain = profile.domain();
    json.email = profile.email();
    json.language = profile.language();
    json.culture = profile.culture();
    json.defaultAddress = PartnerAddressJson.of(address);
    return json;
  }

  /** The profile as sent, keeping the tenant and domain of {@code current}. */
  public OrganizationProfile over(OrganizationProfile current) {
    return new OrganizationProfile(
        companyName, current.tenantId(), current.domain(), email, language, culture);
  }

  public String getId() {
    return id;
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCulture() {
    return culture;
  }

  public void setCulture(String culture) {
    this.culture = culture;
  }

  public ApiAddress getDefaultAddress() {
    return defaultAddress;
  }

  public ResourceLinks getLinks() {
    return ResourceLinks.self(URI);
  }

  public ResourceAttributes getAttributes() {
    return ATTRIBUTES;
  }
}
