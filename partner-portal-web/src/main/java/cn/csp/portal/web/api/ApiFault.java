package cn.csp.portal.web.api;

import java.util.List;

/**
 * The error body of every {@code /v1} response that is not 2xx, as Partner Center sends it and the
 * SDK parses it ({@code PartnerException} takes its message from {@code description}).
 *
 * @param code a stable code naming the kind of error, e.g. {@code "NotFound"}
 * @param description the message, in the language of the request's {@code X-Locale}
 * @param data details: the fields a validation error is about
 * @param source who answered, always {@code PartnerFD}
 */
public record ApiFault(String code, String description, List<String> data, String source) {

  public static final String SOURCE = "PartnerFD";

  public ApiFault(String code, String description, List<String> data) {
    this(code, description, List.copyOf(data), SOURCE);
  }
}
