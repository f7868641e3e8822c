package cn.csp.portal.web.security;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in and every failed attempt in the audit log. A failure records the name that
 * was tried, not whether such an account exists.
 */
@Component
class SignInAuditor {

  private final AuditLog auditLog;

  SignInAuditor(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    Object principal = event.getAuthentication().getPrincipal();
    if (principal instanceof PartnerUserPrincipal user) {
      auditLog.record(
          AuditEntry.of(user.actor(), "signin.succeeded")
              .partner(user.partnerId())
              .target("partner_user", user.userId())
              .build());
    } else if (principal instanceof OperatorPrincipal operator) {
      auditLog.record(
          AuditEntry.of(operator.actor(), "signin.succeeded")
              .target("operator_account", operator.operatorId())
              .build());
    }
  }

  @EventListener
  @Transactional
  public void onFailure(AbstractAuthenticationFailureEvent event) {
    String attempted = String.valueOf(event.getAuthentication().getName());
    auditLog.record(
        AuditEntry.of(Actor.system("sign-in"), "signin.failed")
            .detail(
                "signInName", attempted.length() > 254 ? attempted.substring(0, 254) : attempted)
            .detail("reason", event.getException().getClass().getSimpleName())
            .build());
  }
}
