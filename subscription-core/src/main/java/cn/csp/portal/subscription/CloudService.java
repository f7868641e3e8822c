package cn.csp.portal.subscription;

/**
 * A service (workload) that offers include, as 21Vianet runs them in China. Service health is
 * posted per service, a customer's "Service management" lists its services, and the rule "one
 * transacting partner with delegated admin privileges per service" and the upgrade condition "the
 * customer has no subscription that already includes the additional services" compare offers by
 * these.
 */
public enum CloudService {
  EXCHANGE_ONLINE,
  SHAREPOINT_ONLINE,
  TEAMS,
  OFFICE_APPS,
  POWER_BI,
  PROJECT_ONLINE,
  AZURE
}
