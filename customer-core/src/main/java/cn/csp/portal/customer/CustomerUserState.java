package cn.csp.portal.customer;

/**
 * Whether a customer user's account is enabled in the customer's directory. An inactive user keeps
 * the account (and later its licenses) but is blocked from signing in to the cloud services.
 */
public enum CustomerUserState {
  ACTIVE,
  INACTIVE
}
