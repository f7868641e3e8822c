package cn.csp.portal.billing;

import java.util.List;

/**
 * Why one line of a usage import was refused: a message key of the validation bundle and its
 * arguments.
 *
 * @param line the CSV line as a spreadsheet numbers it (the header is line 1), or the position of
 *     the record in an API call, from 1
 */
public record UsageLineError(int line, String messageKey, List<Object> arguments) {

  public UsageLineError {
    arguments = List.copyOf(arguments);
  }

  public static UsageLineError of(int line, String messageKey, Object... arguments) {
    return new UsageLineError(line, messageKey, List.of(arguments));
  }
}
