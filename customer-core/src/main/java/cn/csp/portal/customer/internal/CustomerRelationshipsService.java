package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerPartner;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.Invitation;
import cn.csp.portal.customer.InvitationText;
import cn.csp.portal.customer.InvitingPartner;
import cn.csp.portal.customer.internal.PartnerRelationship.EstablishedBy;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.RestrictedOperation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class CustomerRelationshipsService implements CustomerRelationships {

  private final RelationshipInvitationRepository invitations;
  private final PartnerRelationshipRepository relationships;
  private final CustomerRepository customers;
  private final PartnerAccounts partners;
  private final PartnerStanding partnerStanding;
  private final PartnerPermissions permissions;
  private final IndirectPartnerships indirectPartnerships;
  private final AuditLog auditLog;
  private final Clock clock;

  CustomerRelationshipsService(
      RelationshipInvitationRepository invitations,
      PartnerRelationshipRepository relationships,
      CustomerRepository customers,
      PartnerAccounts partners,
      PartnerStanding partnerStanding,
      PartnerPermissions permissions,
      IndirectPartnerships indirectPartnerships,
      AuditLog auditLog,
      Clock clock) {
    this.invitations = invitations;
    this.relationships = relationships;
    this.customers = customers;
    this.partners = partners;
    this.partnerStanding = partnerStanding;
    this.permissions = permissions;
    this.indirectPartnerships = indirectPartnerships;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public Invitation invitationOf(UUID partnerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.RELATIONSHIP_REQUEST);
    // spec 2.27: resellers working for an indirect provider use the provider's invitation
    if (indirectPartnerships.isResellerUnderAProvider(partnerId)) {
      throw new BusinessRuleViolation("relationship.invitation.useProviderLink");
    }
    return invitationRecord(partnerId).toInvitation();
  }

  @Override
  public void updateInvitationText(UUID partnerId, InvitationText text, Actor actor) {
    permissions.require(partnerId, actor, Permission.RELATIONSHIP_REQUEST);
    invitationRecord(partnerId).rewrite(text, clock.instant());
    auditLog.record(
        AuditEntry.of(actor, "relationship.invitationTextUpdated")
            .partner(partnerId)
            .target("partner", partnerId)
            .build());
  }

  private RelationshipInvitationRecord invitationRecord(UUID partnerId) {
    return invitations
        .findById(partnerId)
        .orElseGet(
            () -> invitations.save(new RelationshipInvitationRecord(partnerId, clock.instant())));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<InvitingPartner> findInvitation(String token) {
    if (token == null || token.length() > 64) {
      return Optional.empty();
    }
    return invitations
        .findByToken(token)
        .flatMap(invitation -> partners.findOverview(invitation.partnerId()))
        .map(p -> new InvitingPartner(p.id(), p.companyName(), p.mpnId()));
  }

  @Override
  public void acceptInvitation(String token, UUID customerId, Actor customerAdmin) {
    requireCustomerAdmin(customerAdmin);
    InvitingPartner partner =
        findInvitation(token).orElseThrow(() -> new NotFound("relationship.invitation.notFound"));
    // a suspended partner may not gain new relationships (spec 2.11)
    partnerStanding.requireMayTransact(
        partner.partnerId(), RestrictedOperation.REQUEST_RELATIONSHIP);
    if (!customers.existsById(customerId)) {
      throw new NotFound("customer.notFound");
    }
    Instant now = clock.instant();
    relationships
        .findById(new PartnerRelationship.Key(partner.partnerId(), customerId))
        .ifPresentOrElse(
            PartnerRelationship::grantDelegatedAdmin,
            () ->
                relationships.save(
                    PartnerRelationship.resellerWithDelegatedAdmin(
                        partner.partnerId(), customerId, EstablishedBy.INVITATION, now)));
    auditLog.record(
        AuditEntry.of(customerAdmin, "relationship.accepted")
            .partner(partner.partnerId())
            .target("customer", customerId)
            .detail("delegatedAdmin", true)
            .build());
  }

  @Override
  @Transactional(readOnly = true)
  public List<CustomerPartner> partnersOf(UUID customerId) {
    return relationships.findByKeyCustomerIdOrderByEstablishedAt(customerId).stream()
        .map(this::toCustomerPartner)
        .toList();
  }

  private CustomerPartner toCustomerPartner(PartnerRelationship relationship) {
    PartnerOverview partner = partners.findOverview(relationship.partnerId()).orElseThrow();
    return new CustomerPartner(
        partner.id(),
        partner.companyName(),
        partner.mpnId(),
        relationship.delegatedAdmin(),
        relationship.establishedAt(),
        relationship.delegatedAdminRevokedAt(),
        partners.findProfiles(partner.id()).map(PartnerProfiles::support).orElse(null));
  }

  @Override
  public void revokeDelegatedAdmin(UUID customerId, UUID partnerId, Actor customerAdmin) {
    requireCustomerAdmin(customerAdmin);
    PartnerRelationship relationship =
        relationships
            .findById(new PartnerRelationship.Key(partnerId, customerId))
            .orElseThrow(() -> new NotFound("relationship.notFound"));
    relationship.revokeDelegatedAdmin(clock.instant());
    auditLog.record(
        AuditEntry.of(customerAdmin, "relationship.delegatedAdminRevoked")
            .partner(partnerId)
            .target("customer", customerId)
            .build());
  }

  @Override
  @Transactional(readOnly = true)
  public boolean hasDelegatedAdmin(UUID partnerId, UUID customerId) {
    return relationships
        .findById(new PartnerRelationship.Key(partnerId, customerId))
        .map(PartnerRelationship::delegatedAdmin)
        .orElse(false);
  }

  /** Relationships are the customer's to accept and revoke, never a partner's. */
  private static void requireCustomerAdmin(Actor actor) {
    if (actor.type() != ActorType.CUSTOMER_ADMIN && actor.type() != ActorType.SYSTEM) {
      throw new NotFound("relationship.notFound");
    }
  }
}
