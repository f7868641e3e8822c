package cn.csp.portal.web.operator;

import cn.csp.portal.subscription.ServiceHealth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The closing message of an incident; the rules of {@link ServiceHealth#end}. */
public class IncidentEndForm {

  @NotBlank
  @Size(max = ServiceHealth.MESSAGE_MAX)
  private String message;

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
