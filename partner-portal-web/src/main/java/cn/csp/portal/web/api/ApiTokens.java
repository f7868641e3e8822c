package cn.csp.portal.web.api;

import cn.csp.portal.partner.ApiAccess.PersonalApiToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Signs personal API tokens (App+User) with the same key as the token endpoint's App-only tokens,
 * so the {@code /v1} chain validates both the same way. The token carries only who and until when;
 * the record it names ({@code jti}) decides on every request whether it still counts.
 */
@Component
public class ApiTokens {

  private final JwtEncoder encoder;

  ApiTokens(JwtEncoder encoder) {
    this.encoder = encoder;
  }

  public String personalToken(PersonalApiToken token) {
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .id(token.id().toString())
            .subject(token.userId().toString())
            .issuedAt(token.createdAt())
            .expiresAt(token.expiresAt())
            .claim(ApiTokenClaims.PARTNER_ID, token.partnerId().toString())
            .claim(ApiTokenClaims.KIND, ApiTokenClaims.KIND_USER)
            .build();
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
    return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
  }
}
