package cn.csp.portal.web.api.model;

import cn.csp.portal.customer.CustomerUserState;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A customer user's {@code state} on the wire (contract section 9): {@code active}, {@code
 * inactive}.
 */
public enum UserStateJson {
  ACTIVE(CustomerUserState.ACTIVE),
  INACTIVE(CustomerUserState.INACTIVE);

  private final CustomerUserState state;

  UserStateJson(CustomerUserState state) {
    this.state = state;
  }

  public static UserStateJson of(CustomerUserState state) {
    return state == CustomerUserState.ACTIVE ? ACTIVE : INACTIVE;
  }

  /**
   * Any case, as the REST docs and the SDK differ in it.
   *
   * @throws IllegalArgumentException for any other value, which makes the body unreadable (400)
   */
  @JsonCreator
  public static UserStateJson parse(String value) {
    return valueOf(value.strip().toUpperCase(Locale.ROOT));
  }

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public CustomerUserState state() {
    return state;
  }
}
