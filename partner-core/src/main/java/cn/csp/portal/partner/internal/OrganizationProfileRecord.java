package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.OrganizationProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "partner_organization_profile")
class OrganizationProfileRecord {

  @Id private UUID partnerId;
  private String companyName;
  private UUID tenantId;
  private String domain;
  private String email;
  private String language;
  private String culture;

  protected OrganizationProfileRecord() {}

  OrganizationProfileRecord(UUID partnerId, OrganizationProfile profile) {
    this.partnerId = partnerId;
    this.tenantId = profile.tenantId();
    this.domain = profile.domain();
    updateDetails(profile);
  }

  /** What the partner may edit; the tenant and its domain stay. */
  void updateDetails(OrganizationProfile profile) {
    this.companyName = profile.companyName();
    this.email = profile.email();
    this.language = profile.language();
    this.culture = profile.culture();
  }

  OrganizationProfile toProfile() {
    return new OrganizationProfile(companyName, tenantId, domain, email, language, culture);
  }
}
