package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The {@code attributes} every resource carries: its object type and, optionally, its etag. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceAttributes(String objectType, String etag) {

  public static ResourceAttributes of(String objectType) {
    return new ResourceAttributes(objectType, null);
  }
}
