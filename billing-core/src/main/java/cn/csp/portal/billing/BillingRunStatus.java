package cn.csp.portal.billing;

/**
 * Where one partner's billing run for one invoice date stands. {@code RUNNING} is recorded before
 * the run's transaction starts, so a run that died stays visible as {@code RUNNING} (or {@code
 * FAILED} with its error) until a rerun completes it.
 */
public enum BillingRunStatus {
  RUNNING,
  COMPLETED,
  FAILED
}
