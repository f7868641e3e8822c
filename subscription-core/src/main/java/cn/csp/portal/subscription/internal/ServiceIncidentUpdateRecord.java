package cn.csp.portal.subscription.internal;

import cn.csp.portal.subscription.ServiceHealthStatus;
import cn.csp.portal.subscription.ServiceIncidentUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message of an incident's history; never changed once written. */
@Entity
@Table(name = "service_incident_update")
class ServiceIncidentUpdateRecord {

  /** Also orders messages posted within the same microsecond. */
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private UUID incidentId;
  private Instant postedAt;

  @Enumerated(EnumType.STRING)
  private ServiceHealthStatus status;

  private String message;

  protected ServiceIncidentUpdateRecord() {}

  ServiceIncidentUpdateRecord(
      UUID incidentId, Instant postedAt, ServiceHealthStatus status, String message) {
    this.incidentId = incidentId;
    this.postedAt = postedAt;
    this.status = status;
    this.message = message;
  }

  UUID incidentId() {
    return incidentId;
  }

  ServiceIncidentUpdate toUpdate() {
    return new ServiceIncidentUpdate(postedAt, status, message);
  }
}
