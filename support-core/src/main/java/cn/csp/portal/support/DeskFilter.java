package cn.csp.portal.support;

import java.util.UUID;

/**
 * Filters of the operator desk's queue; null means any.
 *
 * @param partnerSearch part of the partner's name or its MPN ID
 * @param assignedOperatorId only the requests assigned to this operator
 * @param unansweredOnly only the requests still waiting for their first response
 */
public record DeskFilter(
    SupportStatus status,
    SupportSeverity severity,
    SupportCategory category,
    String partnerSearch,
    UUID assignedOperatorId,
    boolean unansweredOnly) {

  public static DeskFilter any() {
    return new DeskFilter(null, null, null, null, null, false);
  }
}
