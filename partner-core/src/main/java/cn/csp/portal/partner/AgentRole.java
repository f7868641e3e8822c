package cn.csp.portal.partner;

/** The agent axis of a partner user: what customer and company data the user can see and touch. */
public enum AgentRole {
  ADMIN_AGENT,
  SALES_AGENT,
  HELPDESK_AGENT,
  NONE
}
