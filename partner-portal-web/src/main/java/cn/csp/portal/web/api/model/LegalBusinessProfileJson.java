package cn.csp.portal.web.api.model;

import cn.csp.portal.partner.LegalBusinessProfile;
import cn.csp.portal.partner.PartnerStatus;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The partner's {@code LegalBusinessProfile}. The approval contact named at enrollment is the
 * company approver; the portal keeps no separate approver address, so it is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalBusinessProfileJson(
    String companyName,
    ApiAddress address,
    PartnerContactJson primaryContact,
    String companyApproverEmail,
    VettingStatusJson vettingStatus,
    ResourceLinks links,
    ResourceAttributes attributes) {

  public static final String URI = "profiles/legalbusiness";

  public static LegalBusinessProfileJson of(LegalBusinessProfile profile, PartnerStatus status) {
    return new LegalBusinessProfileJson(
        profile.companyName(),
        PartnerAddressJson.of(profile.address()),
        PartnerContactJson.of(profile.primaryContact()),
        profile.approvalContact().email(),
        VettingStatusJson.of(status),
        ResourceLinks.self(URI),
        ResourceAttributes.of("LegalBusinessProfile"));
  }
}
