package cn.csp.portal.partner;

/** Why 21Vianet suspended a partner (spec 2.11, 2.15). */
public enum SuspensionReason {
  /** Bills overdue; full access returns when they are paid. */
  DELINQUENCY,
  /** Significant abuse of the account (fraud or misuse). */
  ABUSE
}
