package cn.csp.portal.subscription.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.ServiceHealthStatus;
import cn.csp.portal.subscription.ServiceIncident;
import cn.csp.portal.subscription.ServiceIncidentKind;
import cn.csp.portal.subscription.ServiceIncidentUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident or advisory of one service; open until an operator ends it, then read-only. */
@Entity
@Table(name = "service_incident")
class ServiceIncidentRecord {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private CloudService service;

  @Enumerated(EnumType.STRING)
  private ServiceIncidentKind kind;

  @Enumerated(EnumType.STRING)
  private ServiceHealthStatus status;

  private String title;
  private Instant startTime;
  private Instant endTime;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected ServiceIncidentRecord() {}

  ServiceIncidentRecord(
      CloudService service,
      ServiceIncidentKind kind,
      ServiceHealthStatus status,
      String title,
      Instant startTime,
      Instant now) {
    this.id = UUID.randomUUID();
    this.service = service;
    this.kind = kind;
    this.status = status;
    this.title = title;
    this.startTime = startTime;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void report(ServiceHealthStatus newStatus, Instant now) {
    requireOpen();
    status = newStatus;
    updatedAt = now;
  }

  /** Ends it; it keeps the status it had, as the severity it ended with. */
  void end(Instant now) {
    requireOpen();
    endTime = now;
    updatedAt = now;
  }

  private void requireOpen() {
    if (endTime != null) {
      throw new BusinessRuleViolation("serviceHealth.incident.ended");
    }
  }

  UUID id() {
    return id;
  }

  CloudService service() {
    return service;
  }

  ServiceHealthStatus status() {
    return status;
  }

  ServiceIncident toIncident(List<ServiceIncidentUpdate> updates) {
    return new ServiceIncident(id, service, kind, status, title, startTime, endTime, updates);
  }
}
