package cn.csp.portal.partner;

/**
 * What a suspended partner may not do (spec 2.11). It may still manage existing customers,
 * subscriptions and resources. Modules name the operation when they ask {@link PartnerStanding}.
 */
public enum RestrictedOperation {
  CREATE_CUSTOMER,
  CREATE_ORDER,
  REQUEST_RELATIONSHIP,
  CHANGE_QUANTITY,
  ORDER_ADD_ON,
  CONVERT_SUBSCRIPTION
}
