package cn.csp.portal.subscription;

import java.util.List;

/**
 * A service's health now: the worst status of its open incidents and advisories, or {@link
 * ServiceHealthStatus#NORMAL} when it has none.
 *
 * @param openIncidents newest first
 */
public record ServiceHealthSummary(
    CloudService service, ServiceHealthStatus status, List<ServiceIncident> openIncidents) {

  public ServiceHealthSummary {
    openIncidents = List.copyOf(openIncidents);
  }
}
