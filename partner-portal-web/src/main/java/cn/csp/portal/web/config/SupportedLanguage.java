package cn.csp.portal.web.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks. Simplified Chinese is the default. */
public enum SupportedLanguage {
  ZH_CN("zh-CN"),
  EN("en"),
  RU("ru");

  private final String tag;

  SupportedLanguage(String tag) {
    this.tag = tag;
  }

  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

  /** The BCP 47 tag used in the {@code lang} parameter and the html element, e.g. {@code zh-CN}. */
  public String tag() {
    return tag;
  }

  /** The message key of the language's own name (each language is named in itself). */
  public String messageKey() {
    return "language." + tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  public static Optional<SupportedLanguage> fromTag(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
  }
}
