package cn.csp.portal.web.config;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The UI texts: the bundles of {@code spring.messages.basename} (one per area), merged into one
 * table per language. Spring Boot's default source asks every bundle in turn, each with the
 * language's fallbacks, until one has the key; with 21 bundles and a few hundred keys on a page
 * that was a tenth of the rendering time. This one reads the bundles once (they are in the jar and
 * never change while it runs) and answers each key with one lookup: the language's own text, else
 * the default (Simplified Chinese) one, never the server's locale.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

  @Bean
  MessageSource messageSource(@Value("${spring.messages.basename}") List<String> basenames) {
    ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    messages.setBasenames(
        basenames.stream().map(name -> "classpath:" + name).toArray(String[]::new));
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    // cached for good: lookups go to the merged table of all bundles
    messages.setCacheSeconds(-1);
    return messages;
  }
}
