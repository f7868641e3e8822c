package cn.csp.portal.web.api.model;

/**
 * The partner's reseller relationship invitation ({@code RelationshipRequest}): the link a customer
 * admin opens to accept.
 */
public record RelationshipRequestJson(String url, ResourceAttributes attributes) {

  public static final String OBJECT_TYPE = "RelationshipRequest";

  public static RelationshipRequestJson of(String url) {
    return new RelationshipRequestJson(url, ResourceAttributes.of(OBJECT_TYPE));
  }
}
