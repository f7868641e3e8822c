package cn.csp.portal.subscription;

/**
 * How a service is doing, from best to worst (the SDK's {@code ServiceIncidentStatus}, spec 2.25).
 * The declaration order is the severity order: a service shows the worst status of its open
 * incidents and advisories.
 */
public enum ServiceHealthStatus {
  NORMAL,
  INFORMATION,
  WARNING,
  CRITICAL;

  /** The more severe of the two. */
  public ServiceHealthStatus worse(ServiceHealthStatus other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
