package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.SupportProfile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "partner_support_profile")
class SupportProfileRecord {

  @Id private UUID partnerId;
  private String website;
  private String email;
  private String phone;

  protected SupportProfileRecord() {}

  SupportProfileRecord(UUID partnerId, SupportProfile profile) {
    this.partnerId = partnerId;
    replaceWith(profile);
  }

  void replaceWith(SupportProfile profile) {
    this.website = profile.website();
    this.email = profile.email();
    this.phone = profile.phone();
  }

  SupportProfile toProfile() {
    return new SupportProfile(website, email, phone);
  }
}
