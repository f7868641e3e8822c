package cn.csp.portal.support;

/**
 * A request's state, as the SDK names them: open (21Vianet's turn), attention needed (21Vianet
 * asked the partner for information: the partner's turn), closed. A partner's note on a closed
 * request within the reopen window opens it again.
 */
public enum SupportStatus {
  OPEN,
  ATTENTION_NEEDED,
  CLOSED
}
