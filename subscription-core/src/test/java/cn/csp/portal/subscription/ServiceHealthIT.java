package cn.csp.portal.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.AuditLog.RecordedAuditEntry;
import cn.csp.portal.kernel.AuditQuery;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Service health (spec 2.25) on a real database, with a clock the tests move. */
@IntegrationTest
@Import(TestClock.Configuration.class)
class ServiceHealthIT {

  private static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "ops@21vianet.example");
  private static final Set<CloudService> ALL = EnumSet.allOf(CloudService.class);

  @Autowired ServiceHealth health;
  @Autowired AuditLog auditLog;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  /** Every test starts from services with nothing open, as current health spans all tests. */
  @BeforeEach
  void nothingOpen() {
    health.currentHealth(ALL).stream()
        .flatMap(summary -> summary.openIncidents().stream())
        .forEach(open -> health.end(open.id(), "Closed before the next test", OPERATOR));
  }

  private static NewServiceIncident anIncident(
      CloudService service, ServiceHealthStatus status, String title) {
    return new NewServiceIncident(
        service,
        ServiceIncidentKind.INCIDENT,
        status,
        title,
        "Users may be unable to reach their mailboxes.",
        null);
  }

  private ServiceHealthSummary healthOf(CloudService service) {
    return health.currentHealth(Set.of(service)).get(0);
  }

  private long incidentRows() {
    return jdbc.sql("select count(*) from service_incident").query(Long.class).single();
  }

  private List<RecordedAuditEntry> auditOf(UUID incidentId) {
    return auditLog
        .search(new AuditQuery(null, "serviceHealth.", null, null, null), PageRequest.of(0, 500))
        .getContent()
        .stream()
        .filter(e -> incidentId.toString().equals(e.entry().targetId()))
        .toList();
  }

  private static void assertRefused(ThrowingCallable call, String messageKey) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(messageKey));
  }

  @Test
  void postsUpdatesAndEndsAnIncident() {
    Instant posted = clock.instant();
    UUID id =
        health.post(
            anIncident(
                CloudService.EXCHANGE_ONLINE, ServiceHealthStatus.WARNING, "  Mail delays  "),
            OPERATOR);

    ServiceIncident incident = health.find(id).orElseThrow();
    assertThat(incident.service()).isEqualTo(CloudService.EXCHANGE_ONLINE);
    assertThat(incident.kind()).isEqualTo(ServiceIncidentKind.INCIDENT);
    assertThat(incident.status()).isEqualTo(ServiceHealthStatus.WARNING);
    assertThat(incident.title()).isEqualTo("Mail delays");
    assertThat(incident.startTime()).isEqualTo(posted);
    assertThat(incident.isOpen()).isTrue();
    assertThat(incident.updates())
        .containsExactly(
            new ServiceIncidentUpdate(
                posted,
                ServiceHealthStatus.WARNING,
                "Users may be unable to reach their mailboxes."));

    clock.advance(Duration.ofMinutes(30));
    health.addUpdate(
        id,
        new NewIncidentUpdate(ServiceHealthStatus.CRITICAL, "All mailboxes in the north region."),
        OPERATOR);
    assertThat(healthOf(CloudService.EXCHANGE_ONLINE).status())
        .isEqualTo(ServiceHealthStatus.CRITICAL);

    clock.advance(Duration.ofHours(2));
    Instant ended = clock.instant();
    health.end(id, "Mail flow is back to normal.", OPERATOR);

    incident = health.find(id).orElseThrow();
    assertThat(incident.isOpen()).isFalse();
    assertThat(incident.endTime()).isEqualTo(ended);
    // the severity it ended with stays; the closing message says normal
    assertThat(incident.status()).isEqualTo(ServiceHealthStatus.CRITICAL);
    assertThat(incident.updates())
        .extracting(ServiceIncidentUpdate::status)
        .containsExactly(
            ServiceHealthStatus.WARNING, ServiceHealthStatus.CRITICAL, ServiceHealthStatus.NORMAL);
    assertThat(incident.latestFirst().get(0).message()).isEqualTo("Mail flow is back to normal.");
    assertThat(healthOf(CloudService.EXCHANGE_ONLINE))
        .isEqualTo(
            new ServiceHealthSummary(
                CloudService.EXCHANGE_ONLINE, ServiceHealthStatus.NORMAL, List.of()));

    assertThat(auditOf(id))
        .extracting(e -> e.entry().action())
        .containsExactly(
            "serviceHealth.incident.ended",
            "serviceHealth.incident.updated",
            "serviceHealth.incident.posted");
    assertThat(auditOf(id).get(1).entry().details()).containsEntry("status", "WARNING -> CRITICAL");
    assertThat(auditOf(id).get(2).entry().actor()).isEqualTo(OPERATOR);
  }

  @Test
  void aServiceShowsTheWorstStatusOfItsOpenIncidentsAndAdvisories() {
    assertThat(health.currentHealth(ALL))
        .extracting(ServiceHealthSummary::service)
        .containsExactly(CloudService.values());
    assertThat(health.currentHealth(ALL))
        .allSatisfy(s -> assertThat(s.status()).isEqualTo(ServiceHealthStatus.NORMAL));

    UUID advisory =
        health.post(
            new NewServiceIncident(
                CloudService.TEAMS,
                ServiceIncidentKind.ADVISORY,
                ServiceHealthStatus.INFORMATION,
                "Planned maintenance",
                "Meetings may drop for a few minutes on Saturday night.",
                clock.instant().plus(Duration.ofDays(3))),
            OPERATOR);
    assertThat(healthOf(CloudService.TEAMS).status()).isEqualTo(ServiceHealthStatus.INFORMATION);

    clock.advance(Duration.ofMinutes(1));
    UUID critical =
        health.post(
            anIncident(CloudService.TEAMS, ServiceHealthStatus.CRITICAL, "Chat down"), OPERATOR);
    clock.advance(Duration.ofMinutes(1));
    UUID warning =
        health.post(
            anIncident(CloudService.TEAMS, ServiceHealthStatus.WARNING, "Slow calls"), OPERATOR);

    ServiceHealthSummary teams = healthOf(CloudService.TEAMS);
    assertThat(teams.status()).isEqualTo(ServiceHealthStatus.CRITICAL);
    // newest start first: the advisory announces work three days ahead
    assertThat(teams.openIncidents())
        .extracting(ServiceIncident::id)
        .containsExactly(advisory, warning, critical);
    // other services are untouched
    assertThat(healthOf(CloudService.SHAREPOINT_ONLINE).status())
        .isEqualTo(ServiceHealthStatus.NORMAL);

    health.end(critical, "Chat is back.", OPERATOR);
    assertThat(healthOf(CloudService.TEAMS).status()).isEqualTo(ServiceHealthStatus.WARNING);
    health.addUpdate(
        warning,
        new NewIncidentUpdate(ServiceHealthStatus.NORMAL, "Recovered; watching."),
        OPERATOR);
    assertThat(healthOf(CloudService.TEAMS).status()).isEqualTo(ServiceHealthStatus.INFORMATION);

    // a caller asks only for the services it shows
    assertThat(
            health.currentHealth(EnumSet.of(CloudService.TEAMS, CloudService.AZURE)).stream()
                .map(ServiceHealthSummary::service))
        .containsExactly(CloudService.TEAMS, CloudService.AZURE);
    assertThat(health.currentHealth(Set.of())).isEmpty();
  }

  @Test
  void historyListsEndedAndOpenIncidentsNewestFirst() {
    // its own service, so other tests' incidents do not interleave
    CloudService service = CloudService.PROJECT_ONLINE;
    long before = health.history(Set.of(service), PageRequest.of(0, 1)).getTotalElements();
    clock.advance(Duration.ofDays(30));
    UUID first = health.post(anIncident(service, ServiceHealthStatus.WARNING, "First"), OPERATOR);
    health.end(first, "Fixed.", OPERATOR);
    clock.advance(Duration.ofDays(1));
    UUID second =
        health.post(anIncident(service, ServiceHealthStatus.CRITICAL, "Second"), OPERATOR);
    clock.advance(Duration.ofDays(1));
    UUID third =
        health.post(anIncident(service, ServiceHealthStatus.INFORMATION, "Third"), OPERATOR);
    // posted last, but about something that began earlier
    UUID backdated =
        health.post(
            new NewServiceIncident(
                service,
                ServiceIncidentKind.INCIDENT,
                ServiceHealthStatus.WARNING,
                "Backdated",
                "Noticed late.",
                clock.instant().minus(Duration.ofHours(12))),
            OPERATOR);

    Page<ServiceIncident> page = health.history(Set.of(service), PageRequest.of(0, 3));
    assertThat(page.getTotalElements()).isEqualTo(before + 4);
    assertThat(page.getContent())
        .extracting(ServiceIncident::id)
        .containsExactly(third, backdated, second);
    assertThat(health.history(Set.of(service), PageRequest.of(1, 3)).getContent())
        .extracting(ServiceIncident::id)
        .startsWith(first);
    ServiceIncident ended =
        health.history(Set.of(service), PageRequest.of(1, 3)).getContent().get(0);
    assertThat(ended.isOpen()).isFalse();
    assertThat(ended.updates()).hasSize(2);

    assertThat(health.history(Set.of(CloudService.AZURE, service), PageRequest.of(0, 50)))
        .extracting(ServiceIncident::service)
        .contains(service)
        .doesNotContain(
            CloudService.TEAMS, CloudService.EXCHANGE_ONLINE, CloudService.SHAREPOINT_ONLINE);
    assertThat(health.history(Set.of(service), Pageable.unpaged()).getContent())
        .hasSize((int) before + 4)
        .first()
        .extracting(ServiceIncident::id)
        .isEqualTo(third);
    assertThat(health.history(Set.of(), PageRequest.of(0, 10))).isEmpty();
  }

  @Test
  void onlyOperatorsPostUpdateAndEnd() {
    long rows = incidentRows();
    for (Actor someone :
        List.of(
            Actor.partnerUser(UUID.randomUUID(), "admin@contoso.partner.onmschina.cn"),
            Actor.customerAdmin(UUID.randomUUID(), "admin@litware.partner.onmschina.cn"))) {
      assertRefused(
          () ->
              health.post(
                  anIncident(CloudService.AZURE, ServiceHealthStatus.WARNING, "Not mine"), someone),
          "serviceHealth.operatorOnly");
    }
    assertThat(incidentRows()).isEqualTo(rows);

    UUID id =
        health.post(anIncident(CloudService.AZURE, ServiceHealthStatus.WARNING, "VMs"), OPERATOR);
    Actor partnerUser = Actor.partnerUser(UUID.randomUUID(), "sales@contoso.partner.onmschina.cn");
    assertRefused(
        () ->
            health.addUpdate(
                id, new NewIncidentUpdate(ServiceHealthStatus.CRITICAL, "Worse"), partnerUser),
        "serviceHealth.operatorOnly");
    assertRefused(() -> health.end(id, "Done", partnerUser), "serviceHealth.operatorOnly");

    ServiceIncident unchanged = health.find(id).orElseThrow();
    assertThat(unchanged.isOpen()).isTrue();
    assertThat(unchanged.status()).isEqualTo(ServiceHealthStatus.WARNING);
    assertThat(unchanged.updates()).hasSize(1);
    // system jobs (demo data) are trusted
    health.end(id, "Done", Actor.system("test"));
    assertThat(health.find(id).orElseThrow().isOpen()).isFalse();
  }

  @Test
  void anEndedIncidentCannotChange() {
    UUID id =
        health.post(
            anIncident(CloudService.POWER_BI, ServiceHealthStatus.WARNING, "Reports"), OPERATOR);
    health.end(id, "Fixed.", OPERATOR);

    assertRefused(
        () ->
            health.addUpdate(
                id, new NewIncidentUpdate(ServiceHealthStatus.CRITICAL, "Again?"), OPERATOR),
        "serviceHealth.incident.ended");
    assertRefused(() -> health.end(id, "Twice", OPERATOR), "serviceHealth.incident.ended");

    ServiceIncident ended = health.find(id).orElseThrow();
    assertThat(ended.updates()).hasSize(2);
    assertThat(ended.status()).isEqualTo(ServiceHealthStatus.WARNING);
    assertThat(auditOf(id)).hasSize(2);
  }

  @Test
  void unknownIncidentsAreNotFound() {
    UUID unknown = UUID.randomUUID();
    assertThat(health.find(unknown)).isEmpty();
    assertThatThrownBy(
            () ->
                health.addUpdate(
                    unknown, new NewIncidentUpdate(ServiceHealthStatus.WARNING, "?"), OPERATOR))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> health.end(unknown, "?", OPERATOR)).isInstanceOf(NotFound.class);
  }

  @Test
  void badInputIsRefusedAndNothingIsSaved() {
    long rows = incidentRows();
    String tooLongTitle = "x".repeat(ServiceHealth.TITLE_MAX + 1);
    String tooLongMessage = "x".repeat(ServiceHealth.MESSAGE_MAX + 1);

    for (NewServiceIncident bad :
        List.of(
            new NewServiceIncident(
                null, ServiceIncidentKind.INCIDENT, ServiceHealthStatus.WARNING, "t", "m", null),
            new NewServiceIncident(
                CloudService.AZURE, null, ServiceHealthStatus.WARNING, "t", "m", null),
            new NewServiceIncident(
                CloudService.AZURE, ServiceIncidentKind.INCIDENT, null, "t", "m", null),
            new NewServiceIncident(
                CloudService.AZURE,
                ServiceIncidentKind.INCIDENT,
                ServiceHealthStatus.WARNING,
                "  ",
                "m",
                null),
            new NewServiceIncident(
                CloudService.AZURE,
                ServiceIncidentKind.INCIDENT,
                ServiceHealthStatus.WARNING,
                tooLongTitle,
                "m",
                null),
            new NewServiceIncident(
                CloudService.AZURE,
                ServiceIncidentKind.INCIDENT,
                ServiceHealthStatus.WARNING,
                "t",
                tooLongMessage,
                null))) {
      assertThatThrownBy(() -> health.post(bad, OPERATOR))
          .as(bad.toString().substring(0, 80))
          .isInstanceOf(ConstraintViolationException.class);
    }
    assertThatThrownBy(
            () ->
                health.post(
                    anIncident(CloudService.AZURE, ServiceHealthStatus.NORMAL, "Nothing"),
                    OPERATOR))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> {
              assertThat(v.messageKey()).isEqualTo("serviceHealth.incident.normalStatus");
              assertThat(v.field()).isEqualTo("status");
            });
    // an incident has begun already; an advisory may announce later work (see above)
    assertThatThrownBy(
            () ->
                health.post(
                    new NewServiceIncident(
                        CloudService.AZURE,
                        ServiceIncidentKind.INCIDENT,
                        ServiceHealthStatus.WARNING,
                        "Tomorrow",
                        "m",
                        clock.instant().plus(Duration.ofDays(1))),
                    OPERATOR))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, v -> assertThat(v.field()).isEqualTo("startTime"));
    assertThat(incidentRows()).isEqualTo(rows);

    UUID id =
        health.post(anIncident(CloudService.AZURE, ServiceHealthStatus.WARNING, "VMs"), OPERATOR);
    assertThatThrownBy(
            () -> health.addUpdate(id, new NewIncidentUpdate(null, "no status"), OPERATOR))
        .isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(
            () ->
                health.addUpdate(
                    id, new NewIncidentUpdate(ServiceHealthStatus.CRITICAL, " "), OPERATOR))
        .isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(() -> health.end(id, tooLongMessage, OPERATOR))
        .isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(() -> health.end(id, null, OPERATOR))
        .isInstanceOf(ConstraintViolationException.class);
    ServiceIncident unchanged = health.find(id).orElseThrow();
    assertThat(unchanged.isOpen()).isTrue();
    assertThat(unchanged.status()).isEqualTo(ServiceHealthStatus.WARNING);
    assertThat(unchanged.updates()).hasSize(1);
  }

  @Test
  void concurrentUpdatesAreAllKept() throws Exception {
    UUID id =
        health.post(
            anIncident(CloudService.OFFICE_APPS, ServiceHealthStatus.WARNING, "Activation"),
            OPERATOR);
    int writers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int n = 0; n < writers; n++) {
        String message = "Update " + n;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  health.addUpdate(
                      id, new NewIncidentUpdate(ServiceHealthStatus.CRITICAL, message), OPERATOR);
                  return null;
                }));
      }
      // all writers go at once; each waits for the incident's row lock in turn
      start.countDown();
      for (Future<?> each : done) {
        each.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(health.find(id).orElseThrow().updates())
        .extracting(ServiceIncidentUpdate::message)
        .hasSize(writers + 1)
        .containsAll(IntStream.range(0, writers).mapToObj(n -> "Update " + n).toList());
  }
}
