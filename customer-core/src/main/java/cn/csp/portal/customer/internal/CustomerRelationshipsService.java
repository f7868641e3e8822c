package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerPartner;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.Invitation;
import cn.csp.portal.customer.InvitationText;
import cn.csp.portal.customer.InvitingPartner;
import cn.csp.portal.customer.ProviderInvitation;
import cn.csp.portal.customer.internal.PartnerRelationship.EstablishedBy;
import cn.csp.portal.kernel.Actor;
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
import cn.csp.portal.partner.PartnershipStatus;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.RestrictedOperation;
import java.time.Clock;
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
  private final CustomerAdminActors customerAdmins;
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
      CustomerAdminActors customerAdmins,
      Clock clock) {
    this.invitations = invitations;
    this.relationships = relationships;
    this.customers = customers;
    this.partners = partners;
    this.partnerStanding = partnerStanding;
    this.permissions = permissions;
    this.indirectPartnerships = indirectPartnerships;
    this.auditLog = auditLog;
    this.customerAdmins = customerAdmins;
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
  public List<ProviderInvitation> providerInvitationsFor(UUID resellerId, Actor actor) {
    permissions.require(resellerId, actor, Permission.RELATIONSHIP_REQUEST);
    String resellerMpnId = partners.findOverview(resellerId).orElseThrow().mpnId();
    return indirectPartnerships.providersOf(resellerId).stream()
        .filter(provider -> provider.status() == PartnershipStatus.AUTHORIZED)
        .map(
            provider ->
                new ProviderInvitation(
                    provider.companyName(),
                    provider.mpnId(),
                    invitationRecord(provider.partnerId()).toInvitation().path()
                        + "?reseller="
                        + resellerMpnId))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<InvitingPartner> findInvitation(String token) {
    return findInvitation(token, null);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<InvitingPartner> findInvitation(String token, String resellerMpnId) {
    if (token == null || token.length() > 64) {
      return Optional.empty();
    }
    Optional<PartnerOverview> inviting =
        invitations
            .findByToken(token)
            .flatMap(invitation -> partners.findOverview(invitation.partnerId()));
    if (inviting.isEmpty() || resellerMpnId == null || resellerMpnId.isBlank()) {
      return inviting.map(p -> new InvitingPartner(p.id(), p.companyName(), p.mpnId(), null, null));
    }
    PartnerOverview provider = inviting.get();
    // only a reseller that resells for the inviting provider may forward its link
    return partners
        .findPartnerIdByMpnId(resellerMpnId.strip())
        .filter(reseller -> indirectPartnerships.isAuthorizedReseller(provider.id(), reseller))
        .flatMap(partners::findOverview)
        .map(
            reseller ->
                new InvitingPartner(
                    provider.id(),
                    provider.companyName(),
                    provider.mpnId(),
                    reseller.id(),
                    reseller.companyName()));
  }

  @Override
  public void acceptInvitation(String token, UUID customerId, Actor customerAdmin) {
    acceptInvitation(token, null, customerId, customerAdmin);
  }

  @Override
  public void acceptInvitation(
      String token, String resellerMpnId, UUID customerId, Actor customerAdmin) {
    customerAdmins.requireAdminOrSystem(customerId, customerAdmin, "customer.notFound");
    InvitingPartner invitation =
        findInvitation(token, resellerMpnId)
            .orElseThrow(() -> new NotFound("relationship.invitation.notFound"));
    Customer customer =
        customers.findById(customerId).orElseThrow(() -> new NotFound("customer.notFound"));
    // a suspended partner may not gain new relationships (spec 2.11)
    partnerStanding.requireMayTransact(
        invitation.partnerId(), RestrictedOperation.REQUEST_RELATIONSHIP);
    if (invitation.resellerId() != null) {
      partnerStanding.requireMayTransact(
          invitation.resellerId(), RestrictedOperation.REQUEST_RELATIONSHIP);
    }
    grantDelegatedAdmin(invitation.partnerId(), customerId, customerAdmin);
    if (invitation.resellerId() != null) {
      // the combined invitation of spec 2.27: the reseller gets a relationship too
      grantDelegatedAdmin(invitation.resellerId(), customerId, customerAdmin);
      customer.associateReseller(invitation.resellerId(), clock.instant());
    }
  }

  /** A new reseller relationship with delegated admin privileges, or those privileges back. */
  private void grantDelegatedAdmin(UUID partnerId, UUID customerId, Actor customerAdmin) {
    relationships
        .findById(new PartnerRelationship.Key(partnerId, customerId))
        .ifPresentOrElse(
            PartnerRelationship::grantDelegatedAdmin,
            () ->
                relationships.save(
                    PartnerRelationship.resellerWithDelegatedAdmin(
                        partnerId, customerId, EstablishedBy.INVITATION, clock.instant())));
    auditLog.record(
        AuditEntry.of(customerAdmin, "relationship.accepted")
            .partner(partnerId)
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
    customerAdmins.requireAdminOrSystem(customerId, customerAdmin, "relationship.notFound");
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
}
