package cn.csp.portal.web.account;

import cn.csp.portal.partner.ApiAccess;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Register an application": its display name. */
public class ApiApplicationForm {

  @NotBlank
  @Size(max = ApiAccess.DISPLAY_NAME_MAX)
  private String displayName;

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }
}
