package cn.csp.portal.kernel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A notification to send by email, written as message keys so it reaches each reader in their
 * language. The texts live in the {@code i18n/mail} bundles.
 *
 * @param to the recipient's address
 * @param template the key prefix: {@code <template>.subject} and {@code <template>.body}
 * @param arguments the values the texts refer to as {0}, {1}, ...
 */
public record OutgoingMail(String to, String template, List<Object> arguments, Locale locale) {

  public OutgoingMail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(template, "template");
    arguments = List.copyOf(arguments);
    locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
  }

  public static OutgoingMail of(String to, String template, Locale locale, Object... arguments) {
    return new OutgoingMail(to, template, List.of(arguments), locale);
  }
}
