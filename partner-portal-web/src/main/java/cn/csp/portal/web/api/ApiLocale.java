package cn.csp.portal.web.api;

import cn.csp.portal.web.config.SupportedLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;

/**
 * The language of a {@code /v1} request: its {@code X-Locale} header (the SDK sends {@code en-US}
 * unless told otherwise), matched by language to the portal's languages; Simplified Chinese when
 * the header is absent or names another language.
 */
public final class ApiLocale {

  public static final String HEADER = "X-Locale";

  private ApiLocale() {}

  public static Locale of(HttpServletRequest request) {
    return of(request.getHeader(HEADER));
  }

  public static Locale of(String header) {
    if (header == null || header.isBlank()) {
      return SupportedLanguage.DEFAULT;
    }
    String language = Locale.forLanguageTag(header.trim().replace('_', '-')).getLanguage();
    return Arrays.stream(SupportedLanguage.values())
        .map(SupportedLanguage::locale)
        .filter(l -> l.getLanguage().equals(language))
        .findFirst()
        .orElse(SupportedLanguage.DEFAULT);
  }
}
