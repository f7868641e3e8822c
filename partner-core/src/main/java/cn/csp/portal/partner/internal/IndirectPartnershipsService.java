package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.IndirectPartner;
import cn.csp.portal.partner.IndirectPartnershipRequested;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PartnershipRequest;
import cn.csp.portal.partner.PartnershipStatus;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.RestrictedOperation;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class IndirectPartnershipsService implements IndirectPartnerships {

  /** 256 random bits: the link is the reseller's only proof, so it must not be guessable. */
  private static final int TOKEN_BYTES = 32;

  private final IndirectPartnershipRepository partnerships;
  private final PartnerRepository partners;
  private final PartnerStanding standing;
  private final ActingUsers actingUsers;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  IndirectPartnershipsService(
      IndirectPartnershipRepository partnerships,
      PartnerRepository partners,
      PartnerStanding standing,
      ActingUsers actingUsers,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.partnerships = partnerships;
    this.partners = partners;
    this.standing = standing;
    this.actingUsers = actingUsers;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public String requestPartnership(UUID providerId, String resellerMpnId, Actor actor) {
    actingUsers.requireUser(providerId, actor, Permission.RESELLER_REGISTER);
    standing.requireMayTransact(providerId, RestrictedOperation.REQUEST_RELATIONSHIP);
    // unknown and inactive partners get the same answer: the MPN ID reveals nothing more
    Partner reseller =
        partners
            .findByMpnId(resellerMpnId)
            .filter(p -> p.status() == PartnerStatus.ACTIVE)
            .orElseThrow(
                () ->
                    BusinessRuleViolation.onField(
                        "mpnId", "partners.request.noActivePartner", resellerMpnId));
    if (reseller.id().equals(providerId)) {
      throw BusinessRuleViolation.onField("mpnId", "partners.request.self");
    }
    if (partnerships.existsBetween(providerId, reseller.id())) {
      throw BusinessRuleViolation.onField("mpnId", "partners.request.exists", reseller.mpnId());
    }
    requireOneTierEach(providerId, reseller.id());

    IndirectPartnership partnership =
        partnerships.save(
            IndirectPartnership.requested(
                providerId, reseller.id(), newToken(), actor.name(), clock.instant()));
    auditLog.record(
        AuditEntry.of(actor, "partner.partnership.requested")
            .partner(providerId)
            .target("indirect_partnership", partnership.id())
            .detail("resellerId", reseller.id())
            .detail("resellerMpnId", reseller.mpnId())
            .build());
    events.publishEvent(
        new IndirectPartnershipRequested(providerId, reseller.id(), partnership.requestToken()));
    return partnership.requestToken();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PartnershipRequest> findRequest(String token) {
    return partnerships
        .findByRequestToken(token)
        .map(
            partnership -> {
              Partner provider = partners.findById(partnership.providerId()).orElseThrow();
              return new PartnershipRequest(
                  provider.id(),
                  provider.companyName(),
                  provider.mpnId(),
                  partnership.resellerId(),
                  partnership.status(),
                  partnership.requestedAt());
            });
  }

  @Override
  public void authorize(String token, UUID resellerId, Actor actor) {
    actingUsers.requireUser(resellerId, actor, Permission.RESELLER_REGISTER);
    IndirectPartnership partnership =
        partnerships
            .findByRequestToken(token)
            .filter(p -> p.resellerId().equals(resellerId))
            .orElseThrow(() -> new NotFound("partners.request.notFound"));
    standing.requireMayTransact(resellerId, RestrictedOperation.REQUEST_RELATIONSHIP);
    if (partnership.status() == PartnershipStatus.REQUESTED) {
      // either side may have joined another tier since the request was sent
      requireOneTierEach(partnership.providerId(), resellerId);
    }
    Instant now = clock.instant();
    partnership.authorize(actor.name(), now);
    partners.findById(partnership.providerId()).orElseThrow().joinTierAsProvider(now);
    partners.findById(resellerId).orElseThrow().joinTierAsReseller(now);
    auditLog.record(
        AuditEntry.of(actor, "partner.partnership.authorized")
            .partner(resellerId)
            .target("indirect_partnership", partnership.id())
            .detail("providerId", partnership.providerId())
            .build());
  }

  @Override
  @Transactional(readOnly = true)
  public List<IndirectPartner> resellersOf(UUID providerId) {
    return othersOf(partnerships.findByProviderId(providerId), IndirectPartnership::resellerId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<IndirectPartner> providersOf(UUID resellerId) {
    return othersOf(partnerships.findByResellerId(resellerId), IndirectPartnership::providerId);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isAuthorizedReseller(UUID providerId, UUID resellerId) {
    return partnerships.existsByProviderIdAndResellerIdAndStatus(
        providerId, resellerId, PartnershipStatus.AUTHORIZED);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isResellerUnderAProvider(UUID partnerId) {
    return partnerships.existsByResellerIdAndStatus(partnerId, PartnershipStatus.AUTHORIZED);
  }

  /**
   * A partner is either a provider or a reseller in a tier, not both [INFERRED]: a provider may not
   * resell for someone, and its reseller may not provide for others.
   */
  private void requireOneTierEach(UUID providerId, UUID resellerId) {
    if (isResellerUnderAProvider(providerId)) {
      throw new BusinessRuleViolation("partners.request.providerIsReseller");
    }
    if (partnerships.existsByProviderIdAndStatus(resellerId, PartnershipStatus.AUTHORIZED)) {
      throw new BusinessRuleViolation("partners.request.resellerIsProvider");
    }
  }

  /** The other partner of each pair, as the list of one side shows it. */
  private List<IndirectPartner> othersOf(
      List<IndirectPartnership> pairs, Function<IndirectPartnership, UUID> other) {
    Map<UUID, Partner> byId =
        partners.findAllById(pairs.stream().map(other).toList()).stream()
            .collect(Collectors.toMap(Partner::id, Function.identity()));
    return pairs.stream()
        .map(
            pair -> {
              Partner partner = byId.get(other.apply(pair));
              return new IndirectPartner(
                  partner.id(),
                  partner.companyName(),
                  partner.mpnId(),
                  pair.status(),
                  pair.requestedAt(),
                  pair.authorizedAt());
            })
        .sorted(Comparator.comparing(IndirectPartner::companyName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
