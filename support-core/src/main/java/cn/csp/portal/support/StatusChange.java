package cn.csp.portal.support;

import java.time.Instant;

/** One step of a request's status history; {@code from} is null for its opening. */
public record StatusChange(
    SupportStatus from, SupportStatus to, String changedBy, Instant changedAt) {}
