package cn.csp.portal.support;

/**
 * How urgent a request is (SDK severity): each has its initial response target (spec 2.30: critical
 * 2 h, moderate 4 h, minimal 8 h; configurable).
 */
public enum SupportSeverity {
  CRITICAL,
  MODERATE,
  MINIMAL
}
