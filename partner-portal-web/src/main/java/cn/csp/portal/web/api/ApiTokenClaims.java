package cn.csp.portal.web.api;

/**
 * The claims this portal puts into its API tokens, besides the standard ones ({@code sub}, {@code
 * jti}, {@code iat}, {@code exp}). Every token names its partner and its kind; what it may do is
 * looked up in the database on every request, never read from the token.
 */
final class ApiTokenClaims {

  static final String PARTNER_ID = "partner_id";
  static final String KIND = "kind";

  /** App-only: a client-credentials token of an API application; {@code app_id} names it. */
  static final String KIND_APP = "app";

  /** App+User: a personal API token; {@code jti} is its record and {@code sub} its user. */
  static final String KIND_USER = "user";

  static final String APP_ID = "app_id";

  private ApiTokenClaims() {}
}
