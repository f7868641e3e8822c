package cn.csp.portal.web.enrollment;

import cn.csp.portal.partner.NewPartnerAccount;
import cn.csp.portal.partner.NewPartnerAccount.Language;

/** "Create a Partner Center account": the organization and its first global admin. */
public class AccountForm {

  private String companyName;
  private String adminFullName;
  private String adminEmail;
  private String adminPhone;
  private String password;
  private String passwordConfirmation;
  private Language language = Language.ZH_CN;

  NewPartnerAccount toCommand() {
    return new NewPartnerAccount(
        companyName, adminFullName, adminEmail, adminPhone, password, language);
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getAdminFullName() {
    return adminFullName;
  }

  public void setAdminFullName(String adminFullName) {
    this.adminFullName = adminFullName;
  }

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }

  public String getAdminPhone() {
    return adminPhone;
  }

  public void setAdminPhone(String adminPhone) {
    this.adminPhone = adminPhone;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordConfirmation() {
    return passwordConfirmation;
  }

  public void setPasswordConfirmation(String passwordConfirmation) {
    this.passwordConfirmation = passwordConfirmation;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }
}
