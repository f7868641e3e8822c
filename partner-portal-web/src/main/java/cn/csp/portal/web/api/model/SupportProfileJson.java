package cn.csp.portal.web.api.model;

import cn.csp.portal.partner.SupportProfile;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The partner's {@code SupportProfile}: how its customers reach its support. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportProfileJson(
    String email,
    String telephone,
    String website,
    ResourceLinks links,
    ResourceAttributes attributes) {

  public static final String URI = "profiles/support";

  public static SupportProfileJson of(SupportProfile profile) {
    return new SupportProfileJson(
        profile.email(),
        profile.phone(),
        profile.website(),
        ResourceLinks.self(URI),
        ResourceAttributes.of("SupportProfile"));
  }
}
