package cn.csp.portal.subscription;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Service health (spec 2.25): the incidents and advisories 21Vianet's operators post per service,
 * and each service's health now. Only operators (and system jobs) post, update and end them; the
 * reading methods take no actor, because every reader (partner agents with {@code
 * service-health:view}, customer admins, operators) is decided by its caller. Every change is
 * audited; changes to one incident are serialised, so concurrent updates are all kept.
 */
public interface ServiceHealth {

  int TITLE_MAX = 200;
  int MESSAGE_MAX = 4000;

  /** The health of each of {@code services}, in {@link CloudService} order. */
  List<ServiceHealthSummary> currentHealth(Set<CloudService> services);

  /**
   * The incidents and advisories of {@code services}, ended ones included, newest start first. The
   * page's own sort is ignored.
   */
  Page<ServiceIncident> history(Set<CloudService> services, Pageable page);

  Optional<ServiceIncident> find(UUID incidentId);

  /**
   * Posts an incident or advisory with its first message.
   *
   * @return its id
   */
  UUID post(@Valid NewServiceIncident incident, Actor operator);

  /**
   * Adds a message to an open incident and sets its status.
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation when the incident has ended
   */
  void addUpdate(UUID incidentId, @Valid NewIncidentUpdate update, Actor operator);

  /**
   * Ends an open incident with a closing message (status {@link ServiceHealthStatus#NORMAL}).
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation when it has already ended
   */
  void end(UUID incidentId, @NotBlank @Size(max = MESSAGE_MAX) String message, Actor operator);
}
