package cn.csp.portal.web.api.model;

import cn.csp.portal.support.SupportCategory;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Support topics are the portal's support categories; the SDK wants an int id for each. The ids are
 * fixed here, once, and never reused: ordinals or hashes would change the moment a category is
 * added or renamed. 32444671 is the id in the requests Partner Center clients were recorded sending
 * (contract 8.1, "Licensing" in 8.2), so it is the topic closest to it, subscription and license
 * management.
 */
public final class SupportTopics {

  private static final Map<SupportCategory, Integer> IDS =
      Map.of(
          SupportCategory.SUBSCRIPTION_MANAGEMENT, 32444671,
          SupportCategory.TECHNICAL, 32444672,
          SupportCategory.BILLING, 32444673,
          SupportCategory.FRAUD_OR_MISUSE, 32444674,
          SupportCategory.OTHER, 32444675);

  private SupportTopics() {}

  public static int idOf(SupportCategory category) {
    return IDS.get(category);
  }

  /** The category of a topic id as the client sent it (a number, or a string of one). */
  public static Optional<SupportCategory> categoryOf(String topicId) {
    if (topicId == null) {
      return Optional.empty();
    }
    String id = topicId.strip();
    return Arrays.stream(SupportCategory.values())
        .filter(c -> Integer.toString(idOf(c)).equals(id))
        .findFirst();
  }
}
