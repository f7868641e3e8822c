package cn.csp.portal.web.account;

import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.PersonalTokenValidity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "Create a personal API token": a name to recognise it by and how long it lasts. */
public class ApiTokenForm {

  @NotBlank
  @Size(max = ApiAccess.TOKEN_NAME_MAX)
  private String name;

  @NotNull private PersonalTokenValidity validity = PersonalTokenValidity.DAYS_90;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PersonalTokenValidity getValidity() {
    return validity;
  }

  public void setValidity(PersonalTokenValidity validity) {
    this.validity = validity;
  }
}
