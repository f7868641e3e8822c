package cn.csp.portal.web.operator;

import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.NewServiceIncident;
import cn.csp.portal.subscription.ServiceHealthStatus;
import cn.csp.portal.subscription.ServiceIncidentKind;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new incident or advisory; the rules are those of {@link NewServiceIncident}. The start time is
 * entered in China time, as the console shows every time.
 */
public class IncidentForm {

  private CloudService service;
  private ServiceIncidentKind kind = ServiceIncidentKind.INCIDENT;
  private ServiceHealthStatus status;
  private String title;
  private String message;

  // what <input type="datetime-local"> sends: minutes, or seconds when a browser adds them
  @DateTimeFormat(
      pattern = "yyyy-MM-dd'T'HH:mm",
      fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss"})
  private LocalDateTime startTime;

  NewServiceIncident toCommand() {
    return new NewServiceIncident(
        service,
        kind,
        status,
        title,
        message,
        startTime == null ? null : startTime.atZone(AuditQuery.ZONE).toInstant());
  }

  public CloudService getService() {
    return service;
  }

  public void setService(CloudService service) {
    this.service = service;
  }

  public ServiceIncidentKind getKind() {
    return kind;
  }

  public void setKind(ServiceIncidentKind kind) {
    this.kind = kind;
  }

  public ServiceHealthStatus getStatus() {
    return status;
  }

  public void setStatus(ServiceHealthStatus status) {
    this.status = status;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public LocalDateTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalDateTime startTime) {
    this.startTime = startTime;
  }
}
