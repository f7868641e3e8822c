package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Two-tier (indirect) resale between partners (spec 2.27 and the [GLOBAL] flow of 2.29): a provider
 * asks a reseller by a personalised link mailed to the reseller's global admins, and the reseller
 * authorizes it. In a tier a partner is either a provider or a reseller, never both.
 */
public interface IndirectPartnerships {

  /**
   * Asks the active partner with this MPN ID to become an indirect reseller of the provider, and
   * mails its global admins the link to authorize it.
   *
   * @return the request token of the personalised link {@code
   *     /partners/providers/authorize/{token}}
   * @throws PermissionDenied without {@link Permission#RESELLER_REGISTER}
   * @throws cn.csp.portal.kernel.BusinessRuleViolation when the provider is suspended, the MPN ID
   *     names no active partner (or the provider itself), the pair already exists, or either side
   *     would hold both tiers
   */
  String requestPartnership(
      UUID providerId,
      @NotBlank @Pattern(regexp = MpnIds.PATTERN) String resellerMpnId,
      Actor actor);

  /** The request behind a personalised link, for the reseller's authorize page. */
  Optional<PartnershipRequest> findRequest(String token);

  /**
   * The reseller named in the request authorizes the provider.
   *
   * @throws cn.csp.portal.kernel.NotFound for an unknown token or one addressed to another partner
   * @throws cn.csp.portal.kernel.BusinessRuleViolation when it is already authorized
   */
  void authorize(String token, UUID resellerId, Actor actor);

  /** The partners this provider resells through ("Indirect resellers"), by company name. */
  List<IndirectPartner> resellersOf(UUID providerId);

  /** The partners this reseller resells for ("Indirect providers"), by company name. */
  List<IndirectPartner> providersOf(UUID resellerId);

  /** Whether the reseller has authorized the provider (the provider may add its customers). */
  boolean isAuthorizedReseller(UUID providerId, UUID resellerId);

  /**
   * Whether the partner resells for an authorized provider; such a reseller uses its provider's
   * invitation link and has none of its own (spec 2.27).
   */
  boolean isResellerUnderAProvider(UUID partnerId);
}
