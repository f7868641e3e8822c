package cn.csp.portal.web.account;

import cn.csp.portal.partner.OrganizationProfile;

/**
 * The editable part of the organization profile; the rules are those of {@link
 * OrganizationProfile}. The tenant and its domain are the partner's identity: the form has no
 * fields for them, so a request cannot even propose a change.
 */
public class OrganizationProfileForm {

  private String companyName;
  private String email;
  private String language;
  private String culture;

  static OrganizationProfileForm of(OrganizationProfile profile) {
    OrganizationProfileForm form = new OrganizationProfileForm();
    form.companyName = profile.companyName();
    form.email = profile.email();
    form.language = profile.language();
    form.culture = profile.culture();
    return form;
  }

  /** The profile as edited, keeping the tenant and domain of {@code current}. */
  OrganizationProfile toProfile(OrganizationProfile current) {
    return new OrganizationProfile(
        companyName, current.tenantId(), current.domain(), email, language, culture);
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
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
}
