package cn.csp.portal.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Templates hold no words of their own: every visible text and every human-readable attribute comes
 * from a message key, so nothing shows up untranslated.
 */
class TemplateTextTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern WORDS = Pattern.compile("\\p{L}");
  private static final Set<String> READABLE_ATTRIBUTES =
      Set.of("title", "alt", "placeholder", "aria-label", "value", "label", "content");
  private static final Set<String> CODE_ELEMENTS = Set.of("script", "style");

  @Test
  void noTemplateHoldsLiteralText() throws IOException {
    List<String> literals = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document document = Jsoup.parse(Files.readString(template));
        for (Element element : document.getAllElements()) {
          collectLiterals(TEMPLATES.relativize(template), element, literals);
        }
      }
    }
    assertThat(literals).isEmpty();
  }

  private static void collectLiterals(Path template, Element element, List<String> literals) {
    if (CODE_ELEMENTS.contains(element.normalName())) {
      return;
    }
    for (TextNode text : element.textNodes()) {
      if (WORDS.matcher(text.text()).find()) {
        literals.add(template + ": <" + element.normalName() + "> " + text.text().strip());
      }
    }
    element
        .attributes()
        .forEach(
            attribute -> {
              boolean readable = READABLE_ATTRIBUTES.contains(attribute.getKey());
              boolean isMetaConfig = element.normalName().equals("meta");
              if (readable && !isMetaConfig && WORDS.matcher(attribute.getValue()).find()) {
                literals.add(
                    template + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
              }
            });
  }
}
