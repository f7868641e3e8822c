package cn.csp.portal.web.form;

import cn.csp.portal.partner.SupportProfile;

/** The customer-support fields; the rules are those of {@link SupportProfile}. */
public class SupportForm {

  private String website;
  private String email;
  private String phone;

  public static SupportForm of(SupportProfile profile) {
    SupportForm form = new SupportForm();
    form.website = profile.website();
    form.email = profile.email();
    form.phone = profile.phone();
    return form;
  }

  public SupportProfile toProfile() {
    return new SupportProfile(website, email, phone);
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
