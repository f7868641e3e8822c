package cn.csp.portal.subscription.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.NewIncidentUpdate;
import cn.csp.portal.subscription.NewServiceIncident;
import cn.csp.portal.subscription.ServiceHealth;
import cn.csp.portal.subscription.ServiceHealthStatus;
import cn.csp.portal.subscription.ServiceHealthSummary;
import cn.csp.portal.subscription.ServiceIncident;
import cn.csp.portal.subscription.ServiceIncidentKind;
import cn.csp.portal.subscription.ServiceIncidentUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class ServiceHealthService implements ServiceHealth {

  /** Newest first; the id keeps pages stable among incidents that started at the same time. */
  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("startTime"), Sort.Order.desc("id"));

  private final ServiceIncidentRepository incidents;
  private final ServiceIncidentUpdateRepository updates;
  private final AuditLog auditLog;
  private final Clock clock;

  ServiceHealthService(
      ServiceIncidentRepository incidents,
      ServiceIncidentUpdateRepository updates,
      AuditLog auditLog,
      Clock clock) {
    this.incidents = incidents;
    this.updates = updates;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ServiceHealthSummary> currentHealth(Set<CloudService> services) {
    if (services.isEmpty()) {
      return List.of();
    }
    Map<CloudService, List<ServiceIncident>> openByService =
        withUpdates(incidents.findByServiceInAndEndTimeIsNull(services, NEWEST_FIRST)).stream()
            .collect(Collectors.groupingBy(ServiceIncident::service));
    return EnumSet.copyOf(services).stream()
        .map(
            service -> {
              List<ServiceIncident> open = openByService.getOrDefault(service, List.of());
              ServiceHealthStatus worst =
                  open.stream()
                      .map(ServiceIncident::status)
                      .reduce(ServiceHealthStatus.NORMAL, ServiceHealthStatus::worse);
              return new ServiceHealthSummary(service, worst, open);
            })
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Page<ServiceIncident> history(Set<CloudService> services, Pageable page) {
    Pageable newestFirst =
        page.isPaged()
            ? PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST)
            : Pageable.unpaged(NEWEST_FIRST);
    if (services.isEmpty()) {
      return Page.empty(newestFirst);
    }
    Page<ServiceIncidentRecord> found = incidents.findByServiceIn(services, newestFirst);
    return new PageImpl<>(withUpdates(found.getContent()), newestFirst, found.getTotalElements());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ServiceIncident> find(UUID incidentId) {
    return incidents.findById(incidentId).map(record -> withUpdates(List.of(record)).get(0));
  }

  /** The incidents with their messages, read in one query, in the order given. */
  private List<ServiceIncident> withUpdates(List<ServiceIncidentRecord> records) {
    if (records.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<ServiceIncidentUpdate>> byIncident =
        updates
            .findByIncidentIdInOrderByPostedAtAscIdAsc(
                records.stream().map(ServiceIncidentRecord::id).toList())
            .stream()
            .collect(
                Collectors.groupingBy(
                    ServiceIncidentUpdateRecord::incidentId,
                    Collectors.mapping(
                        ServiceIncidentUpdateRecord::toUpdate, Collectors.toList())));
    List<ServiceIncident> result = new ArrayList<>(records.size());
    for (ServiceIncidentRecord record : records) {
      result.add(record.toIncident(byIncident.getOrDefault(record.id(), List.of())));
    }
    return result;
  }

  @Override
  public UUID post(NewServiceIncident incident, Actor operator) {
    requireOperator(operator);
    if (incident.status() == ServiceHealthStatus.NORMAL) {
      throw BusinessRuleViolation.onField("status", "serviceHealth.incident.normalStatus");
    }
    Instant now = clock.instant();
    Instant start = incident.startTime() == null ? now : incident.startTime();
    // an advisory may announce work that starts later; an incident is already happening
    if (incident.kind() == ServiceIncidentKind.INCIDENT && start.isAfter(now)) {
      throw BusinessRuleViolation.onField("startTime", "serviceHealth.incident.startInFuture");
    }
    ServiceIncidentRecord record =
        incidents.save(
            new ServiceIncidentRecord(
                incident.service(),
                incident.kind(),
                incident.status(),
                incident.title().strip(),
                start,
                now));
    updates.save(
        new ServiceIncidentUpdateRecord(
            record.id(), now, incident.status(), incident.message().strip()));
    auditLog.record(
        AuditEntry.of(operator, "serviceHealth.incident.posted")
            .target("serviceIncident", record.id())
            .detail("service", incident.service())
            .detail("kind", incident.kind())
            .detail("status", incident.status())
            .detail("title", incident.title().strip())
            .detail("startTime", start)
            .build());
    return record.id();
  }

  @Override
  public void addUpdate(UUID incidentId, NewIncidentUpdate update, Actor operator) {
    requireOperator(operator);
    ServiceIncidentRecord record = lock(incidentId);
    ServiceHealthStatus before = record.status();
    Instant now = clock.instant();
    record.report(update.status(), now);
    updates.save(
        new ServiceIncidentUpdateRecord(
            incidentId, now, update.status(), update.message().strip()));
    auditLog.record(
        AuditEntry.of(operator, "serviceHealth.incident.updated")
            .target("serviceIncident", incidentId)
            .detail("service", record.service())
            .detail("status", before + " -> " + update.status())
            .build());
  }

  @Override
  public void end(UUID incidentId, String message, Actor operator) {
    requireOperator(operator);
    ServiceIncidentRecord record = lock(incidentId);
    Instant now = clock.instant();
    record.end(now);
    updates.save(
        new ServiceIncidentUpdateRecord(
            incidentId, now, ServiceHealthStatus.NORMAL, message.strip()));
    auditLog.record(
        AuditEntry.of(operator, "serviceHealth.incident.ended")
            .target("serviceIncident", incidentId)
            .detail("service", record.service())
            .detail("status", record.status())
            .build());
  }

  private ServiceIncidentRecord lock(UUID incidentId) {
    return incidents
        .lockById(incidentId)
        .orElseThrow(() -> new NotFound("serviceHealth.incident.notFound"));
  }

  /** Service health is 21Vianet's to report; system jobs (demo data, imports) are trusted. */
  private static void requireOperator(Actor actor) {
    if (actor.type() != ActorType.OPERATOR && actor.type() != ActorType.SYSTEM) {
      throw new BusinessRuleViolation("serviceHealth.operatorOnly");
    }
  }
}
