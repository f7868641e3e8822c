package cn.csp.portal.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.customer.CustomerUserState;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.ServiceHealthStatus;
import cn.csp.portal.subscription.ServiceIncidentKind;
import cn.csp.portal.subscription.SubscriptionEventType;
import cn.csp.portal.subscription.SubscriptionStatus;
import cn.csp.portal.subscription.SubscriptionSuspensionReason;
import cn.csp.portal.web.config.SupportedLanguage;
import cn.csp.portal.web.portal.PortalSection;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message exists in Simplified Chinese (the default bundle), English and Russian, and every
 * key the portal uses (in templates, from enums, in domain errors of every module) is defined.
 */
class MessageBundlesTest {

  /** The portal's bundles (one per feature) and the mail texts of the partner module. */
  private static final List<Path> BUNDLE_DIRECTORIES =
      List.of(
          Path.of("src/main/resources/i18n"), Path.of("../partner-core/src/main/resources/i18n"));

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Map<String, String> SUFFIXES = Map.of("zh-CN", "", "en", "_en", "ru", "_ru");

  /** {@code #{key}} or {@code #{key(args)}} with a literal key. */
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

  /** Literal message keys passed to the domain's refusals in any module (built keys: below). */
  private static final Pattern DOMAIN_KEY =
      Pattern.compile(
          "(?:new (?:BusinessRuleViolation|NotFound)\\(|BusinessRuleViolation\\.onField\\(\\s*\"[^\"]+\","
              + ")\\s*\"([^\"]+)\"\\s*[,)]");

  @ParameterizedTest(name = "{0} has the same keys as the default bundle, bundle by bundle")
  @ValueSource(strings = {"en", "ru"})
  void everyLanguageHasEveryKey(String language) throws IOException {
    for (Path bundle : bundles()) {
      assertThat(load(bundle, language).stringPropertyNames())
          .as(bundle + " in " + language)
          .containsExactlyInAnyOrderElementsOf(load(bundle, "zh-CN").stringPropertyNames());
    }
  }

  @Test
  void noKeyIsDefinedInTwoBundles() throws IOException {
    Map<String, Path> seen = new java.util.HashMap<>();
    for (Path bundle : bundles()) {
      for (String key : load(bundle, "zh-CN").stringPropertyNames()) {
        assertThat(seen.put(key, bundle)).as(key).isNull();
      }
    }
  }

  @ParameterizedTest(name = "{0} has no empty message")
  @ValueSource(strings = {"zh-CN", "en", "ru"})
  void noMessageIsEmpty(String language) throws IOException {
    Properties messages = load(language);
    assertThat(messages.stringPropertyNames())
        .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
  }

  @Test
  void everyKeyInTheTemplatesExists() throws IOException {
    assertThat(keys("zh-CN")).containsAll(templateKeys());
  }

  @Test
  void everyKeyBuiltFromAnEnumExists() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (PortalSection section : PortalSection.values()) {
      expected.add("section." + section.key() + ".title");
      expected.add("section." + section.key() + ".description");
    }
    for (PartnerStatus status : PartnerStatus.values()) {
      expected.add("partner.status." + status.name());
    }
    for (Permission permission : Permission.values()) {
      expected.add("permission." + permission.name());
    }
    for (AgentRole role : AgentRole.values()) {
      expected.add("role.agent." + role.name());
    }
    for (AdminRole role : AdminRole.values()) {
      expected.add("role.admin." + role.name());
    }
    for (SuspensionReason reason : SuspensionReason.values()) {
      expected.add("partner.suspended." + reason.name());
      expected.add("suspension.reason." + reason.name());
    }
    for (SubscriptionStatus status : SubscriptionStatus.values()) {
      expected.add("subscription.status." + status.name());
    }
    for (SubscriptionSuspensionReason reason : SubscriptionSuspensionReason.values()) {
      expected.add("subscription.suspensionReason." + reason.name());
    }
    for (SubscriptionEventType type : SubscriptionEventType.values()) {
      expected.add("subscription.event." + type.name());
    }
    for (BillingType type : BillingType.values()) {
      expected.add("subscriptions.billingType." + type.name());
    }
    for (CustomerUserState state : CustomerUserState.values()) {
      expected.add("admincenter.users.state." + state.name());
    }
    for (CloudService service : CloudService.values()) {
      expected.add("cloudService." + service.name());
    }
    for (ServiceHealthStatus status : ServiceHealthStatus.values()) {
      expected.add("serviceHealth.status." + status.name());
    }
    for (ServiceIncidentKind kind : ServiceIncidentKind.values()) {
      expected.add("serviceHealth.kind." + kind.name());
    }
    for (SupportedLanguage language : SupportedLanguage.values()) {
      expected.add(language.messageKey());
    }
    Stream.of(403, 404, 409, 500).forEach(status -> expected.add("error." + status));
    assertThat(keys("zh-CN")).containsAll(expected);
  }

  @Test
  void everyDomainErrorOfEveryModuleIsTranslated() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of(".."))) {
      for (Path source :
          sources
              .filter(p -> p.toString().contains("src/main/java") && p.toString().endsWith(".java"))
              .toList()) {
        Matcher matcher = DOMAIN_KEY.matcher(Files.readString(source));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(keys("zh-CN")).containsAll(used);
  }

  private static Set<String> templateKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> templates = Files.walk(TEMPLATES)) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
    assertThat(keys).isNotEmpty();
    return keys;
  }

  /** Every key of every bundle in one language. */
  private static Set<String> keys(String language) throws IOException {
    return new TreeSet<>(load(language).stringPropertyNames());
  }

  private static Properties load(String language) throws IOException {
    Properties all = new Properties();
    for (Path bundle : bundles()) {
      all.putAll(load(bundle, language));
    }
    return all;
  }

  /** The default-language file of each bundle, e.g. {@code i18n/messages.properties}. */
  private static List<Path> bundles() throws IOException {
    List<Path> bundles = new java.util.ArrayList<>();
    for (Path directory : BUNDLE_DIRECTORIES) {
      try (Stream<Path> files = Files.list(directory)) {
        files
            .filter(p -> p.getFileName().toString().matches("[a-z-]+\\.properties"))
            .sorted()
            .forEach(bundles::add);
      }
    }
    assertThat(bundles).isNotEmpty();
    return bundles;
  }

  private static Properties load(Path bundle, String language) throws IOException {
    String file = bundle.getFileName().toString().replace(".properties", "");
    Path path = bundle.resolveSibling(file + SUFFIXES.get(language) + ".properties");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
