package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.SignInNames;
import org.springframework.stereotype.Component;

/**
 * One sign-in name identifies one person across the whole portal, whether partner user or operator,
 * so the sign-in pages never have to guess which account is meant.
 */
@Component
class SignInNameRegistry {

  private final PartnerUserRepository users;
  private final OperatorAccountRepository operators;

  SignInNameRegistry(PartnerUserRepository users, OperatorAccountRepository operators) {
    this.users = users;
    this.operators = operators;
  }

  /**
   * Normalises a requested sign-in name and refuses it when taken. The unique indexes remain the
   * final word under concurrent requests.
   */
  String claim(String requestedEmail) {
    String email = SignInNames.normalize(requestedEmail);
    if (users.existsByEmail(email) || operators.existsByEmail(email)) {
      throw BusinessRuleViolation.onField("email", "user.email.taken", email);
    }
    return email;
  }
}
