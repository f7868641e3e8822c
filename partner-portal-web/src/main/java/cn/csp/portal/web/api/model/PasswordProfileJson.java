package cn.csp.portal.web.api.model;

import cn.csp.portal.customer.NewCustomerUser;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer user's {@code passwordProfile}. The Java SDK sends every property twice, as {@code
 * password}/{@code forceChangePassword} and {@code Password}/{@code ForceChangePassword} (contract
 * 8.1); with case-insensitive binding both spellings are one property, so this is a bean with
 * setters, where the second value simply replaces the first (a record's constructor would see the
 * property twice and fail).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PasswordProfileJson {

  private String password;
  private Boolean forceChangePassword;

  public PasswordProfileJson() {}

  /** A generated temporary password, answered once on the create that made it. */
  public static PasswordProfileJson temporary(String password) {
    PasswordProfileJson profile = new PasswordProfileJson();
    profile.password = password;
    profile.forceChangePassword = true;
    return profile;
  }

  /** The domain's profile; without {@code forceChangePassword} the user keeps the password. */
  public NewCustomerUser.PasswordProfile toPasswordProfile() {
    return new NewCustomerUser.PasswordProfile(password, Boolean.TRUE.equals(forceChangePassword));
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Boolean getForceChangePassword() {
    return forceChangePassword;
  }

  public void setForceChangePassword(Boolean forceChangePassword) {
    this.forceChangePassword = forceChangePassword;
  }

  @Override
  public String toString() {
    return "PasswordProfileJson[forceChangePassword=" + forceChangePassword + "]";
  }
}
