package cn.csp.portal.subscription;

import java.time.Instant;

/**
 * One message in an incident's history: the first describes the incident, the last of an ended one
 * says how it ended. Free text written by 21Vianet's operators, shown as written (not translated).
 */
public record ServiceIncidentUpdate(Instant time, ServiceHealthStatus status, String message) {}
