package cn.csp.portal.web.operator;

import cn.csp.portal.subscription.NewIncidentUpdate;
import cn.csp.portal.subscription.ServiceHealthStatus;

/** A new message for an open incident; the rules are those of {@link NewIncidentUpdate}. */
public class IncidentUpdateForm {

  private ServiceHealthStatus status;
  private String message;

  NewIncidentUpdate toCommand() {
    return new NewIncidentUpdate(status, message);
  }

  public ServiceHealthStatus getStatus() {
    return status;
  }

  public void setStatus(ServiceHealthStatus status) {
    this.status = status;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
