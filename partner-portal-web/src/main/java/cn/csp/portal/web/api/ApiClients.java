package cn.csp.portal.web.api;

import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiAccess.ApiClient;
import java.time.Duration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The token endpoint's clients: the partners' active API applications, read from the partner module
 * on every token request (so a rotated secret or a revoked application counts at once). Client
 * credentials only, with the secret in the Basic header or in the form.
 */
final class ApiClients implements RegisteredClientRepository {

  static final Duration ACCESS_TOKEN_TIME_TO_LIVE = Duration.ofMinutes(60);

  /** The client setting that carries the partner id into the token customizer. */
  static final String PARTNER_SETTING = "portal.partner-id";

  private final ApiAccess access;

  ApiClients(ApiAccess access) {
    this.access = access;
  }

  @Override
  public RegisteredClient findByClientId(String clientId) {
    return access.findActiveClient(clientId).map(ApiClients::registered).orElse(null);
  }

  /**
   * Applications are looked up by client id only: the client-credentials grant never stores an
   * authorization that would refer back to a client's internal id.
   */
  @Override
  public RegisteredClient findById(String id) {
    return null;
  }

  /** Applications are registered, rotated and revoked in App management, never by the server. */
  @Override
  public void save(RegisteredClient registeredClient) {
    throw new UnsupportedOperationException(
        "API applications are managed in Account settings > App management");
  }

  private static RegisteredClient registered(ApiClient client) {
    return RegisteredClient.withId(client.applicationId().toString())
        .clientId(client.clientId())
        .clientSecret(client.secretHash())
        .clientName(client.displayName())
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .clientSettings(
            ClientSettings.builder()
                .setting(PARTNER_SETTING, client.partnerId().toString())
                .build())
        .tokenSettings(
            TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(ACCESS_TOKEN_TIME_TO_LIVE)
                .build())
        .build();
  }
}
