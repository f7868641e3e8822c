package cn.csp.portal.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * An incident or advisory posted by 21Vianet for one service (spec 2.25).
 *
 * @param status the latest status reported while it was open; an ended incident keeps the one it
 *     had when it ended (its closing update says {@link ServiceHealthStatus#NORMAL})
 * @param startTime when it began (or, for an advisory, when the announced work begins)
 * @param endTime when it ended; {@code null} while it is open
 * @param updates its messages, oldest first
 */
public record ServiceIncident(
    UUID id,
    CloudService service,
    ServiceIncidentKind kind,
    ServiceHealthStatus status,
    String title,
    Instant startTime,
    Instant endTime,
    List<ServiceIncidentUpdate> updates) {

  public ServiceIncident {
    updates = List.copyOf(updates);
  }

  public boolean isOpen() {
    return endTime == null;
  }

  /** The messages newest first, as the pages show them. */
  public List<ServiceIncidentUpdate> latestFirst() {
    List<ServiceIncidentUpdate> reversed = new ArrayList<>(updates);
    Collections.reverse(reversed);
    return reversed;
  }
}
