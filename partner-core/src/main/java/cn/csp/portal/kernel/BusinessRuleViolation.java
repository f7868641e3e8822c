package cn.csp.portal.kernel;

import java.util.List;

/**
 * A request the domain refuses (a duplicate, an illegal transition, a limit). It carries a message
 * key and arguments rather than text, so every interface can say it in the user's language.
 */
public class BusinessRuleViolation extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public BusinessRuleViolation(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
