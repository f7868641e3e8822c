package cn.csp.portal.web.api.model;

import cn.csp.portal.partner.PartnerOverview;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The partner's {@code MpnProfile}: its name and the MPN ID verified at enrollment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MpnProfileJson(
    String partnerName, String mpnId, ResourceLinks links, ResourceAttributes attributes) {

  public static final String URI = "profiles/mpn";

  public static MpnProfileJson of(PartnerOverview partner) {
    return new MpnProfileJson(
        partner.companyName(),
        partner.mpnId(),
        ResourceLinks.self(URI),
        ResourceAttributes.of("MpnProfile"));
  }
}
