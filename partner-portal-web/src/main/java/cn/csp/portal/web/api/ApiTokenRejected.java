package cn.csp.portal.web.api;

import org.springframework.security.core.AuthenticationException;

/** A well-signed token that no longer counts (revoked, expired, user gone): a 401 saying why. */
final class ApiTokenRejected extends AuthenticationException {

  private final String messageKey;

  ApiTokenRejected(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  String messageKey() {
    return messageKey;
  }
}
