package cn.csp.portal.web.api;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiAccess.ApiApplicationSummary;
import cn.csp.portal.partner.ApiAccess.PersonalApiToken;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.partner.RolePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a validly signed API token into the {@link ApiCaller}, from the database on every request,
 * so a revoked application or token, a deactivated user or a changed role counts at once:
 *
 * <ul>
 *   <li>App-only tokens: the application must still be active and the token issued after its last
 *       secret rotation; it may do what {@link RolePermissions#API_APPLICATION} lists.
 *   <li>Personal tokens: the record must be active and unexpired, its user enabled, of that partner
 *       and the partner a program member; the user's current permissions apply.
 * </ul>
 */
@Component
class ApiCallers implements Converter<Jwt, AbstractAuthenticationToken> {

  private final ApiAccess access;
  private final PartnerAccounts partners;
  private final Clock clock;

  ApiCallers(ApiAccess access, PartnerAccounts partners, Clock clock) {
    this.access = access;
    this.partners = partners;
    this.clock = clock;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    UUID partnerId = uuid(jwt.getClaimAsString(ApiTokenClaims.PARTNER_ID));
    String kind = jwt.getClaimAsString(ApiTokenClaims.KIND);
    if (ApiTokenClaims.KIND_APP.equals(kind)) {
      return new ApiAuthentication(application(jwt, partnerId));
    }
    if (ApiTokenClaims.KIND_USER.equals(kind)) {
      return new ApiAuthentication(user(jwt, partnerId));
    }
    throw new ApiTokenRejected("api.access.token.invalid");
  }

  private ApiCaller application(Jwt jwt, UUID partnerId) {
    ApiApplicationSummary application =
        access
            .findApplication(partnerId, uuid(jwt.getClaimAsString(ApiTokenClaims.APP_ID)))
            .orElseThrow(() -> new ApiTokenRejected("api.access.token.invalid"));
    Instant issuedAt = jwt.getIssuedAt();
    if (issuedAt == null || !application.accepts(issuedAt)) {
      throw new ApiTokenRejected("api.access.token.revoked");
    }
    return new ApiCaller(
        partnerId,
        Actor.apiApplication(application.id(), application.clientId()),
        RolePermissions.API_APPLICATION);
  }

  private ApiCaller user(Jwt jwt, UUID partnerId) {
    PersonalApiToken token =
        access
            .findPersonalToken(partnerId, uuid(jwt.getId()))
            .orElseThrow(() -> new ApiTokenRejected("api.access.token.invalid"));
    if (token.revokedAt() != null) {
      throw new ApiTokenRejected("api.access.token.revoked");
    }
    if (!token.activeAt(clock.instant())) {
      throw new ApiTokenRejected("api.access.token.expired");
    }
    PartnerUserSignIn user =
        partners
            .findSignIn(token.userId())
            .filter(PartnerUserSignIn::enabled)
            .filter(u -> u.partnerId().equals(partnerId))
            .filter(u -> u.partnerStatus().isProgramMember())
            .orElseThrow(() -> new ApiTokenRejected("api.access.token.userInactive"));
    return new ApiCaller(
        partnerId, Actor.partnerUser(user.userId(), user.email()), user.permissions());
  }

  private static UUID uuid(String value) {
    return Optional.ofNullable(value)
        .flatMap(ApiCallers::parse)
        .orElseThrow(() -> new ApiTokenRejected("api.access.token.invalid"));
  }

  private static Optional<UUID> parse(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }
}
