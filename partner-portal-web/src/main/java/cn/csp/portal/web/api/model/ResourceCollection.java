package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The collection envelope of contract section 7. Plain collections have no continuation token;
 * seek-based ones (customers, customer users, invoices, reconciliation line items) carry it at the
 * top level as well as in {@code links.next.headers}. A page without a {@code next} link is the
 * last one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceCollection<T>(
    int totalCount,
    List<T> items,
    ResourceLinks links,
    ResourceAttributes attributes,
    String continuationToken) {

  public static final ResourceAttributes COLLECTION = ResourceAttributes.of("Collection");

  /** A whole collection on one page. */
  public static <T> ResourceCollection<T> of(List<T> items, String selfUri) {
    return new ResourceCollection<>(
        items.size(), List.copyOf(items), ResourceLinks.self(selfUri), COLLECTION, null);
  }

  /**
   * One page of a larger list.
   *
   * @param totalCount how many items the whole list has
   * @param next the link to the next page, or null on the last page
   * @param continuationToken the token of the next page, or null on the last page
   */
  public static <T> ResourceCollection<T> page(
      List<T> items, int totalCount, String selfUri, Link next, String continuationToken) {
    ResourceLinks links = ResourceLinks.self(selfUri);
    if (next != null) {
      links.with("next", next);
    }
    return new ResourceCollection<>(
        totalCount, List.copyOf(items), links, COLLECTION, continuationToken);
  }
}
