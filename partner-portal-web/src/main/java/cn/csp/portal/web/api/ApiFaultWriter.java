package cn.csp.portal.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiFault} response: the one place that turns a message key into the fault's
 * translated description, for the exception resolver and the security chain's 401 and 403 alike.
 */
@Component
public class ApiFaultWriter {

  private final MessageSource messages;
  private final JsonMapper json;

  public ApiFaultWriter(MessageSource messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  private ApiFault fault(
      HttpServletRequest request,
      String code,
      List<String> data,
      String messageKey,
      Object... arguments) {
    Locale locale = ApiLocale.of(request);
    return new ApiFault(code, messages.getMessage(messageKey, arguments, messageKey, locale), data);
  }

  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String code,
      List<String> data,
      String messageKey,
      Object... arguments)
      throws IOException {
    write(response, status, fault(request, code, data, messageKey, arguments));
  }

  public void write(HttpServletResponse response, HttpStatus status, ApiFault fault)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), fault);
    response.flushBuffer();
  }
}
