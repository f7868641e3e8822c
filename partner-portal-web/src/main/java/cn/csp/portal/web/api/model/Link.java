package cn.csp.portal.web.api.model;

import java.util.List;

/**
 * A link in a {@code /v1} response. The URI is relative to {@code /v1/} and never starts with a
 * slash: the SDK requests {@code root + "/v1/" + uri}, and a leading slash would make {@code //},
 * which the firewall refuses (contract section 6.4).
 */
public record Link(String uri, String method, List<LinkHeader> headers) {

  public Link {
    if (uri.startsWith("/")) {
      throw new IllegalArgumentException("A /v1 link is relative to /v1/: " + uri);
    }
    headers = List.copyOf(headers);
  }

  public static Link get(String uri) {
    return new Link(uri, "GET", List.of());
  }

  /** A GET link that the SDK follows sending the headers with it (the continuation token). */
  public static Link get(String uri, LinkHeader header) {
    return new Link(uri, "GET", List.of(header));
  }
}
