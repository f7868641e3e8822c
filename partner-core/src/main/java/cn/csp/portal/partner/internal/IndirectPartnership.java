package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnershipStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A provider/reseller pair of the two-tier model, from the request to the authorization. */
@Entity
@Table(name = "indirect_partnership")
class IndirectPartnership {

  @Id private UUID id;
  private UUID providerId;
  private UUID resellerId;

  @Enumerated(EnumType.STRING)
  private PartnershipStatus status;

  private String requestToken;
  private String requestedBy;
  private Instant requestedAt;
  private String authorizedBy;
  private Instant authorizedAt;
  @Version private long version;

  protected IndirectPartnership() {}

  private IndirectPartnership(
      UUID providerId, UUID resellerId, String requestToken, String requestedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.providerId = providerId;
    this.resellerId = resellerId;
    this.status = PartnershipStatus.REQUESTED;
    this.requestToken = requestToken;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
  }

  static IndirectPartnership requested(
      UUID providerId, UUID resellerId, String requestToken, String requestedBy, Instant now) {
    return new IndirectPartnership(providerId, resellerId, requestToken, requestedBy, now);
  }

  void authorize(String authorizedBy, Instant now) {
    if (status != PartnershipStatus.REQUESTED) {
      throw new BusinessRuleViolation("partners.authorize.alreadyAuthorized");
    }
    this.status = PartnershipStatus.AUTHORIZED;
    this.authorizedBy = authorizedBy;
    this.authorizedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID providerId() {
    return providerId;
  }

  UUID resellerId() {
    return resellerId;
  }

  PartnershipStatus status() {
    return status;
  }

  String requestToken() {
    return requestToken;
  }

  Instant requestedAt() {
    return requestedAt;
  }

  Instant authorizedAt() {
    return authorizedAt;
  }
}
