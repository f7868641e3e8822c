package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiSigningKey;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PersonalTokenValidity;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class ApiAccessService implements ApiAccess {

  /** 256 random bits: a secret nobody guesses, so the hash only guards a leaked database. */
  private static final int SECRET_BYTES = 32;

  private final ApiApplicationRepository applications;
  private final PersonalTokenRepository tokens;
  private final PartnerUserRepository users;
  private final ApiSigningKeyStore signingKeys;
  private final ActingUsers actingUsers;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiAccessService(
      ApiApplicationRepository applications,
      PersonalTokenRepository tokens,
      PartnerUserRepository users,
      ApiSigningKeyStore signingKeys,
      ActingUsers actingUsers,
      PasswordEncoder passwordEncoder,
      AuditLog auditLog,
      Clock clock) {
    this.applications = applications;
    this.tokens = tokens;
    this.users = users;
    this.signingKeys = signingKeys;
    this.actingUsers = actingUsers;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ApiApplicationSummary> applications(UUID partnerId) {
    return applications.findByPartnerIdOrderByCreatedAtDesc(partnerId).stream()
        .map(ApiApplication::toSummary)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ApiApplicationSummary> findApplication(UUID partnerId, UUID applicationId) {
    return applications
        .findByIdAndPartnerId(applicationId, partnerId)
        .map(ApiApplication::toSummary);
  }

  @Override
  public IssuedClientSecret registerApplication(UUID partnerId, String displayName, Actor actor) {
    actingUsers.require(partnerId, actor, Permission.API_MANAGE);
    String secret = newSecret();
    ApiApplication application =
        register(partnerId, displayName.strip(), UUID.randomUUID().toString(), secret, actor);
    return new IssuedClientSecret(application.id(), application.clientId(), secret);
  }

  @Override
  public UUID provisionApplication(
      UUID partnerId, String displayName, String clientId, String clientSecret, Actor actor) {
    if (actor.type() != ActorType.SYSTEM) {
      // a person registers through registerApplication and never picks the client id
      throw new IllegalArgumentException("Only the system provisions chosen client ids");
    }
    if (applications.existsByClientId(clientId)) {
      throw BusinessRuleViolation.onField("clientId", "api.access.app.clientIdTaken", clientId);
    }
    return register(partnerId, displayName.strip(), clientId, clientSecret, actor).id();
  }

  private ApiApplication register(
      UUID partnerId, String displayName, String clientId, String secret, Actor actor) {
    ApiApplication application =
        applications.save(
            new ApiApplication(
                partnerId, displayName, clientId, passwordEncoder.encode(secret), clock.instant()));
    audit(actor, "partner.apiApplication.registered", application);
    return application;
  }

  @Override
  public IssuedClientSecret rotateSecret(UUID partnerId, UUID applicationId, Actor actor) {
    actingUsers.require(partnerId, actor, Permission.API_MANAGE);
    ApiApplication application = application(partnerId, applicationId);
    String secret = newSecret();
    application.rotateSecret(passwordEncoder.encode(secret), clock.instant());
    audit(actor, "partner.apiApplication.secretRotated", application);
    return new IssuedClientSecret(application.id(), application.clientId(), secret);
  }

  @Override
  public void revokeApplication(UUID partnerId, UUID applicationId, Actor actor) {
    actingUsers.require(partnerId, actor, Permission.API_MANAGE);
    ApiApplication application = application(partnerId, applicationId);
    application.revoke(clock.instant());
    audit(actor, "partner.apiApplication.revoked", application);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ApiClient> findActiveClient(String clientId) {
    return applications.findByClientIdAndRevokedAtIsNull(clientId).map(ApiApplication::toClient);
  }

  @Override
  public PersonalApiToken createPersonalToken(
      UUID partnerId, String name, PersonalTokenValidity validity, Actor actor) {
    PartnerUser user = tokenOwner(partnerId, actor);
    PersonalToken token =
        tokens.save(
            new PersonalToken(
                partnerId, user.id(), name.strip(), validity.duration(), clock.instant()));
    auditLog.record(
        AuditEntry.of(actor, "partner.apiToken.created")
            .partner(partnerId)
            .target("personal_api_token", token.id())
            .detail("name", token.name())
            .detail("validityDays", validity.days())
            .build());
    return token.toRecord();
  }

  @Override
  @Transactional(readOnly = true)
  public List<PersonalApiToken> personalTokens(UUID partnerId, UUID userId) {
    return tokens.findByPartnerIdAndUserIdOrderByCreatedAtDesc(partnerId, userId).stream()
        .map(PersonalToken::toRecord)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PersonalApiToken> findPersonalToken(UUID partnerId, UUID tokenId) {
    return tokens.findByIdAndPartnerId(tokenId, partnerId).map(PersonalToken::toRecord);
  }

  @Override
  public void revokePersonalToken(UUID partnerId, UUID tokenId, Actor actor) {
    PartnerUser user = tokenOwner(partnerId, actor);
    PersonalToken token =
        tokens
            .findByIdAndPartnerIdAndUserId(tokenId, partnerId, user.id())
            .orElseThrow(() -> new NotFound("api.access.token.notFound"));
    token.revoke(clock.instant());
    auditLog.record(
        AuditEntry.of(actor, "partner.apiToken.revoked")
            .partner(partnerId)
            .target("personal_api_token", token.id())
            .detail("name", token.name())
            .build());
  }

  @Override
  public ApiSigningKey signingKey() {
    return signingKeys.key();
  }

  /** Personal tokens belong to people: the acting user, enabled and of that partner. */
  private PartnerUser tokenOwner(UUID partnerId, Actor actor) {
    if (actor.type() != ActorType.PARTNER_USER) {
      throw new BusinessRuleViolation("api.access.token.usersOnly");
    }
    return users
        .findByIdAndPartnerId(actor.id(), partnerId)
        .filter(PartnerUser::enabled)
        .orElseThrow(() -> new BusinessRuleViolation("api.access.token.usersOnly"));
  }

  private ApiApplication application(UUID partnerId, UUID applicationId) {
    return applications
        .findByIdAndPartnerId(applicationId, partnerId)
        .orElseThrow(() -> new NotFound("api.access.app.notFound"));
  }

  private String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private void audit(Actor actor, String action, ApiApplication application) {
    auditLog.record(
        AuditEntry.of(actor, action)
            .partner(application.partnerId())
            .target("api_application", application.id())
            .detail("clientId", application.clientId())
            .detail("displayName", application.displayName())
            .build());
  }
}
