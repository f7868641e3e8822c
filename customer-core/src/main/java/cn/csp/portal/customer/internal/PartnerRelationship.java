package cn.csp.portal.customer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner's reseller relationship with a customer. Delegated admin privileges come with it and
 * may be revoked by the customer and granted again by accepting an invitation; the relationship
 * itself stays (spec 2.29).
 */
@Entity
@Table(name = "customer_partner_relationship")
class PartnerRelationship {

  enum EstablishedBy {
    CREATED,
    INVITATION
  }

  @EmbeddedId private Key key;
  private String relationshipType;
  private boolean delegatedAdmin;
  private Instant establishedAt;
  private Instant delegatedAdminRevokedAt;

  @Enumerated(EnumType.STRING)
  private EstablishedBy establishedBy;

  // the customer's name, domain and associated reseller, copied here by the database (triggers) for
  // the customer list's search; read by queries only
  @Column(insertable = false, updatable = false)
  private String customerName;

  @Column(insertable = false, updatable = false)
  private String customerDomain;

  @Column(insertable = false, updatable = false)
  private UUID customerResellerId;

  @Column(insertable = false, updatable = false)
  private String customerSearch;

  protected PartnerRelationship() {}

  static PartnerRelationship resellerWithDelegatedAdmin(
      UUID partnerId, UUID customerId, EstablishedBy establishedBy, Instant now) {
    PartnerRelationship relationship = new PartnerRelationship();
    relationship.key = new Key(partnerId, customerId);
    relationship.relationshipType = "RESELLER";
    relationship.delegatedAdmin = true;
    relationship.establishedAt = now;
    relationship.establishedBy = establishedBy;
    return relationship;
  }

  void grantDelegatedAdmin() {
    delegatedAdmin = true;
    delegatedAdminRevokedAt = null;
  }

  void revokeDelegatedAdmin(Instant now) {
    delegatedAdmin = false;
    delegatedAdminRevokedAt = now;
  }

  UUID partnerId() {
    return key.partnerId();
  }

  UUID customerId() {
    return key.customerId();
  }

  boolean delegatedAdmin() {
    return delegatedAdmin;
  }

  Instant establishedAt() {
    return establishedAt;
  }

  Instant delegatedAdminRevokedAt() {
    return delegatedAdminRevokedAt;
  }

  @Embeddable
  record Key(UUID partnerId, UUID customerId) implements Serializable {}
}
