package cn.csp.portal.kernel;

/** The kinds of principals that change data in the portal. */
public enum ActorType {
  PARTNER_USER,
  OPERATOR,
  CUSTOMER_ADMIN,
  API_APPLICATION,
  /** Scheduled jobs, demo data, migrations: work nobody signed in for. */
  SYSTEM
}
