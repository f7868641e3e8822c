package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Access to the {@code /v1} API (issue 8): a partner's API applications (client id and secret for
 * the client-credentials grant, App-only), partner users' personal API tokens (App+User, acting
 * with the user's current permissions), and the key that signs every API token.
 *
 * <p>Secrets are shown once and only their {@code PasswordEncoder} hash is kept. Managing
 * applications needs {@link Permission#API_MANAGE}; a user manages only their own personal tokens.
 * Every change is audited.
 */
public interface ApiAccess {

  /** The partner's applications, newest first, revoked ones included. */
  List<ApiApplicationSummary> applications(UUID partnerId);

  Optional<ApiApplicationSummary> findApplication(UUID partnerId, UUID applicationId);

  /** Registers an application with a generated client id and secret; the secret is shown once. */
  IssuedClientSecret registerApplication(
      UUID partnerId, @NotBlank @Size(max = DISPLAY_NAME_MAX) String displayName, Actor actor);

  /**
   * Registers an application with a chosen client id and secret: provisioning by the system (demo
   * data) only, never by a person. Refuses a client id already taken.
   */
  UUID provisionApplication(
      UUID partnerId,
      @NotBlank @Size(max = DISPLAY_NAME_MAX) String displayName,
      @NotBlank @Size(max = 100) String clientId,
      @NotBlank String clientSecret,
      Actor actor);

  /**
   * Replaces the secret: the old one stops working at once, and so do the tokens obtained before (a
   * rotation is usually done because the secret may have leaked).
   */
  IssuedClientSecret rotateSecret(UUID partnerId, UUID applicationId, Actor actor);

  /** Revokes the application for good: no new tokens, and its tokens are refused from now on. */
  void revokeApplication(UUID partnerId, UUID applicationId, Actor actor);

  /**
   * The token endpoint's lookup by client id: the one query that is not partner-scoped, because it
   * finds the partner (as the sign-in does). Revoked applications are not returned.
   */
  Optional<ApiClient> findActiveClient(String clientId);

  /** A partner user creates a personal token for themselves. */
  PersonalApiToken createPersonalToken(
      UUID partnerId,
      @NotBlank @Size(max = TOKEN_NAME_MAX) String name,
      @NotNull PersonalTokenValidity validity,
      Actor actor);

  /** The user's own tokens, newest first. */
  List<PersonalApiToken> personalTokens(UUID partnerId, UUID userId);

  /** The token record a bearer token names, for the per-request check. */
  Optional<PersonalApiToken> findPersonalToken(UUID partnerId, UUID tokenId);

  /** Revokes one of the acting user's own tokens; another user's token is not found. */
  void revokePersonalToken(UUID partnerId, UUID tokenId, Actor actor);

  /** The key that signs API tokens, created on first use and then shared by every node. */
  ApiSigningKey signingKey();

  int DISPLAY_NAME_MAX = 100;
  int TOKEN_NAME_MAX = 100;

  /**
   * An application as listed: never its secret.
   *
   * @param secretRotatedAt when the secret was last replaced; null if never
   * @param revokedAt null while the application is active
   */
  record ApiApplicationSummary(
      UUID id,
      UUID partnerId,
      String displayName,
      String clientId,
      Instant createdAt,
      Instant secretRotatedAt,
      Instant revokedAt) {

    public boolean active() {
      return revokedAt == null;
    }

    /**
     * Whether a token issued at that moment still counts: tokens from before the last rotation do
     * not. JWT times are whole seconds, so the rotation is compared at second precision.
     */
    public boolean accepts(Instant tokenIssuedAt) {
      return active()
          && (secretRotatedAt == null
              || !tokenIssuedAt.isBefore(
                  secretRotatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }
  }

  /** What the token endpoint needs to authenticate a client. Never leaves the server. */
  record ApiClient(
      UUID applicationId, UUID partnerId, String clientId, String displayName, String secretHash) {}

  /** A secret just issued, to show exactly once. */
  record IssuedClientSecret(UUID applicationId, String clientId, String clientSecret)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /**
   * A personal API token's record: the token itself is a signed JWT whose {@code jti} is {@link
   * #id}.
   */
  record PersonalApiToken(
      UUID id,
      UUID partnerId,
      UUID userId,
      String name,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt) {

    public boolean activeAt(Instant now) {
      return revokedAt == null && expiresAt.isAfter(now);
    }
  }
}
