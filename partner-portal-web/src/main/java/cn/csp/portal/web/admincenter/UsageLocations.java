package cn.csp.portal.web.admincenter;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The usage location choices: every ISO 3166 country, named in the reader's language by the JDK's
 * locale data and sorted in that language's order.
 */
public final class UsageLocations {

  /** The portal serves 21Vianet's cloud in China. */
  static final String DEFAULT = "CN";

  private UsageLocations() {}

  /** One choice of the select. */
  public record Choice(String code, String name) {}

  static List<Choice> choices(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new Choice(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(Choice::name, collator))
        .toList();
  }
}
