package cn.csp.portal.web.api;

import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiSigningKey;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;

/**
 * The JWK source of the token endpoint, of personal tokens and of the {@code /v1} chain's
 * validation: the one signing key kept in the database (so every node agrees), read on first use
 * and then kept in memory.
 */
final class ApiSigningKeys implements JWKSource<SecurityContext> {

  private final ApiAccess access;
  private volatile JWKSet keys;

  ApiSigningKeys(ApiAccess access) {
    this.access = access;
  }

  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) {
    return selector.select(keys());
  }

  private JWKSet keys() {
    JWKSet loaded = keys;
    if (loaded == null) {
      ApiSigningKey key = access.signingKey();
      loaded =
          new JWKSet(
              new RSAKey.Builder(key.publicKey())
                  .privateKey(key.privateKey())
                  .keyID(key.keyId())
                  .keyUse(KeyUse.SIGNATURE)
                  .algorithm(JWSAlgorithm.RS256)
                  .build());
      keys = loaded;
    }
    return loaded;
  }
}
