package cn.csp.portal.customer;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reseller relationships between customers and partners (spec 2.26-2.29): the partner's reusable
 * invitation, its acceptance in the customer admin center, and delegated admin privileges, which
 * the customer may revoke while the commercial relationship stays.
 */
public interface CustomerRelationships {

  /** The partner's invitation, created on first use. Needs {@code relationship:request}. */
  Invitation invitationOf(UUID partnerId, Actor actor);

  /** Rewrites the e-mail's two editable paragraphs; the link never changes. */
  void updateInvitationText(UUID partnerId, @Valid InvitationText text, Actor actor);

  /**
   * The links an indirect reseller sends its customers: one per provider that it resells for. Needs
   * {@code relationship:request}.
   */
  List<ProviderInvitation> providerInvitationsFor(UUID resellerId, Actor actor);

  /** Who sent the invitation with this token; empty for an unknown (or forged) token. */
  Optional<InvitingPartner> findInvitation(String token);

  /**
   * Who sent the invitation, and the indirect reseller that forwarded it; empty for an unknown
   * token or a reseller that does not resell for the inviting provider.
   */
  Optional<InvitingPartner> findInvitation(String token, String resellerMpnId);

  /** Accepts a partner's own link (no forwarding reseller). */
  void acceptInvitation(String token, UUID customerId, Actor customerAdmin);

  /**
   * The customer admin accepts: the inviting partner (and the reseller that forwarded the link, if
   * any) gets a reseller relationship with delegated admin privileges (or gets them back), and the
   * customer appears in its list. Refused while either is suspended.
   */
  void acceptInvitation(String token, String resellerMpnId, UUID customerId, Actor customerAdmin);

  /** All of a customer's partners, with their delegated admin status and support contacts. */
  List<CustomerPartner> partnersOf(UUID customerId);

  /**
   * The customer takes delegated admin privileges away from a partner; the customer stays in the
   * partner's list and the commercial relationship stays (spec 2.29).
   */
  void revokeDelegatedAdmin(UUID customerId, UUID partnerId, Actor customerAdmin);

  /** Whether the partner may administer on behalf of the customer right now. */
  boolean hasDelegatedAdmin(UUID partnerId, UUID customerId);
}
