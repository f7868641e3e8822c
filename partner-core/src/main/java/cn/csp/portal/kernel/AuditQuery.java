package cn.csp.portal.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Filters for {@link AuditLog#search}. Every filter is optional; blank text counts as no filter.
 *
 * @param partnerId the partner whose entries to find; null finds every partner's (and partner-less)
 *     entries, which only operators may ask for
 * @param action an action prefix, e.g. {@code partner.} or {@code partner.enrollment.approved}
 * @param actor part of the actor's name (sign-in name or job name), any case
 * @param from the first day, inclusive, in {@link #ZONE}
 * @param to the last day, inclusive, in {@link #ZONE}
 */
public record AuditQuery(
    UUID partnerId, String action, String actor, LocalDate from, LocalDate to) {

  /** The days of the date filters are days in China, where the portal's people work. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * @throws BusinessRuleViolation on field {@code to} when the range ends before it starts
   */
  public AuditQuery {
    action = blankToNull(action);
    actor = blankToNull(actor);
    if (from != null && to != null && to.isBefore(from)) {
      throw BusinessRuleViolation.onField("to", "audit.filter.endsBeforeStart");
    }
  }

  public static AuditQuery forPartner(UUID partnerId) {
    return new AuditQuery(partnerId, null, null, null, null);
  }

  /** The first instant of {@link #from}, or null. */
  public Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(ZONE).toInstant();
  }

  /** The first instant after {@link #to}, or null: the range ends before it. */
  public Instant toInstantExclusive() {
    return to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
