package cn.csp.portal.support;

import java.util.UUID;

/** Filters of a request list; null means any. */
public record SupportRequestFilter(
    SupportStatus status,
    SupportSeverity severity,
    SupportCategory category,
    SupportScope scope,
    UUID customerId) {

  public static SupportRequestFilter any() {
    return new SupportRequestFilter(null, null, null, null, null);
  }
}
