package cn.csp.portal.web.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A {@code /v1} request refused by the API layer itself (a bad parameter, a foreign continuation
 * token, an App-only token on an App+User route). {@link ApiExceptionResolver} answers it with its
 * status and an {@link ApiFault} whose description is the translated message.
 */
public class ApiRequestRefused extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final String messageKey;
  private final List<Object> arguments;
  private final List<String> fields;

  private ApiRequestRefused(
      HttpStatus status, String code, List<String> fields, String messageKey, Object... args) {
    super(code + ": " + messageKey);
    this.status = status;
    this.code = code;
    this.messageKey = messageKey;
    // an argument may be the caller's missing value (null), which the message shows as such
    this.arguments = Collections.unmodifiableList(Arrays.asList(args.clone()));
    this.fields = List.copyOf(fields);
  }

  /** 400: an input the caller must change; {@code field} names it in the fault's data. */
  public static ApiRequestRefused badInput(String field, String messageKey, Object... args) {
    return new ApiRequestRefused(
        HttpStatus.BAD_REQUEST,
        ApiFaultCodes.INVALID_INPUT,
        field == null ? List.of() : List.of(field),
        messageKey,
        args);
  }

  /**
   * 404: nothing of that id exists for this partner (foreign ids look exactly like unknown ones).
   */
  public static ApiRequestRefused notFound(String messageKey, Object... args) {
    return new ApiRequestRefused(
        HttpStatus.NOT_FOUND, ApiFaultCodes.NOT_FOUND, List.of(), messageKey, args);
  }

  /** 403 with a code of its own, e.g. an App-only token on an App+User-only route. */
  public static ApiRequestRefused forbidden(String code, String messageKey, Object... args) {
    return new ApiRequestRefused(HttpStatus.FORBIDDEN, code, List.of(), messageKey, args);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }

  public List<String> fields() {
    return fields;
  }
}
