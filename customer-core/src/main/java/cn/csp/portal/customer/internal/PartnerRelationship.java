package cn.csp.portal.customer.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A partner's reseller relationship with a customer, with or without delegated admin rights. */
@Entity
@Table(name = "customer_partner_relationship")
class PartnerRelationship {

  @EmbeddedId private Key key;
  private String relationshipType;
  private boolean delegatedAdmin;
  private Instant establishedAt;
  private Instant delegatedAdminRevokedAt;

  protected PartnerRelationship() {}

  static PartnerRelationship resellerWithDelegatedAdmin(
      UUID partnerId, UUID customerId, Instant now) {
    PartnerRelationship relationship = new PartnerRelationship();
    relationship.key = new Key(partnerId, customerId);
    relationship.relationshipType = "RESELLER";
    relationship.delegatedAdmin = true;
    relationship.establishedAt = now;
    return relationship;
  }

  @Embeddable
  record Key(UUID partnerId, UUID customerId) implements Serializable {}
}
