package cn.csp.portal.kernel;

import java.util.List;

/**
 * A request the domain refuses (a duplicate, an illegal transition, a limit). It carries a message
 * key and arguments rather than text, so every interface can say it in the user's language. When
 * the refusal is about one input field, {@link #field()} names it, so a form can show the message
 * next to that field.
 */
public class BusinessRuleViolation extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;
  private final String field;

  public BusinessRuleViolation(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  private BusinessRuleViolation(String field, String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** A refusal of one input field, e.g. a password the policy rejects. */
  public static BusinessRuleViolation onField(String field, String messageKey, Object... args) {
    return new BusinessRuleViolation(field, messageKey, args);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }

  /** The input field the refusal is about, or null. */
  public String field() {
    return field;
  }
}
