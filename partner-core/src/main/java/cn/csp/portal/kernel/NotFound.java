package cn.csp.portal.kernel;

/**
 * The requested record does not exist, or not for the asking partner: the two cases are
 * deliberately indistinguishable, so a partner cannot probe for another partner's ids.
 */
public class NotFound extends BusinessRuleViolation {

  public NotFound(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
