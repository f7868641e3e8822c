package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code links} of a resource or collection, by relation ({@code self}, {@code next}, {@code
 * offer}...), in the order they were added.
 */
public final class ResourceLinks {

  private final Map<String, Link> links = new LinkedHashMap<>();

  public static ResourceLinks self(String uri) {
    return new ResourceLinks().with("self", Link.get(uri));
  }

  public ResourceLinks with(String relation, Link link) {
    links.put(relation, link);
    return this;
  }

  @JsonAnyGetter
  public Map<String, Link> asMap() {
    return Collections.unmodifiableMap(links);
  }
}
