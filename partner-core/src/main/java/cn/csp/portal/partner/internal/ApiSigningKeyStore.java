package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.ApiSigningKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The API token signing key, kept in the database so that every node signs and verifies with the
 * same key. The first node that needs it generates one and inserts it; if another node got there
 * first the insert does nothing and both read the winner's key. Read once per node, then kept.
 */
@Component
class ApiSigningKeyStore {

  private static final int KEY_SIZE = 2048;

  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile ApiSigningKey key;

  ApiSigningKeyStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  ApiSigningKey key() {
    ApiSigningKey loaded = key;
    if (loaded == null) {
      loaded = stored();
      key = loaded;
    }
    return loaded;
  }

  private ApiSigningKey stored() {
    return select().orElseGet(this::insertOrTakeTheWinners);
  }

  private ApiSigningKey insertOrTakeTheWinners() {
    KeyPair generated = generate();
    jdbc.sql(
            """
            insert into api_signing_key (id, key_id, public_key, private_key, created_at)
            values (1, :keyId, :publicKey, :privateKey, :createdAt)
            on conflict (id) do nothing
            """)
        .param("keyId", UUID.randomUUID().toString())
        .param("publicKey", generated.getPublic().getEncoded())
        .param("privateKey", generated.getPrivate().getEncoded())
        .param("createdAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
    return select().orElseThrow();
  }

  private Optional<ApiSigningKey> select() {
    return jdbc.sql("select key_id, public_key, private_key from api_signing_key where id = 1")
        .query(
            (row, n) ->
                decode(
                    row.getString("key_id"),
                    row.getBytes("public_key"),
                    row.getBytes("private_key")))
        .optional();
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  private static ApiSigningKey decode(String keyId, byte[] publicKey, byte[] privateKey) {
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      return new ApiSigningKey(
          keyId,
          (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)),
          (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The stored API signing key cannot be read", e);
    }
  }
}
